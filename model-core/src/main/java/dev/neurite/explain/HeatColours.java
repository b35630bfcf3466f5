package dev.neurite.explain;

/**
 * The colour scales explanations are drawn with, as packed opaque ARGB ints, shared by the window and the command
 * line so both draw the same picture. Stateless.
 *
 * <ul>
 *   <li>{@link #sequential}: activations and saliency, from black (weakest) through purple and orange to pale yellow
 *       (strongest), close to matplotlib's "inferno": readable in grey print and by colour-blind readers;</li>
 *   <li>{@link #diverging}: signed values (weights, occlusion drops): blue below 0, white at 0, red above.</li>
 * </ul>
 */
public final class HeatColours {

    private static final int[][] INFERNO = {
        {0, 0, 4}, {40, 11, 84}, {101, 21, 110}, {159, 42, 99}, {212, 72, 66}, {245, 125, 21}, {250, 193, 39},
        {252, 255, 164}};
    private static final int[][] BLUE_WHITE_RED = {{33, 102, 172}, {146, 197, 222}, {247, 247, 247},
        {244, 165, 130}, {178, 24, 43}};

    /** The sequential scale in 256 steps, for colouring many values fast. */
    private static final int[] SEQUENTIAL_TABLE = new int[256];

    static {
        for (int i = 0; i < SEQUENTIAL_TABLE.length; i++) {
            SEQUENTIAL_TABLE[i] = interpolate(INFERNO, i / 255.0);
        }
    }

    private HeatColours() {
    }

    /** The sequential colour of {@code t} in [0, 1] (clamped; NaN counts as 0). */
    public static int sequential(double t) {
        return interpolate(INFERNO, t);
    }

    /** The diverging colour of {@code t} in [-1, 1] (clamped; NaN counts as 0): blue, white at 0, red. */
    public static int diverging(double t) {
        return interpolate(BLUE_WHITE_RED, (t + 1) / 2);
    }

    /**
     * {@code values} on the sequential scale from {@code low} (black) to {@code high} (pale yellow), one ARGB int per
     * value; all black when {@code high <= low}.
     */
    public static int[] sequential(float[] values, float low, float high) {
        int[] argb = new int[values.length];
        float span = high - low;
        float steps = span > 0 ? 255f / span : 0f;
        for (int i = 0; i < values.length; i++) {
            float step = (values[i] - low) * steps;
            // NaN and values outside [low, high] clamp to the ends, as sequential(double) does
            int index = step > 0 ? Math.min(255, Math.round(step)) : 0;
            argb[i] = SEQUENTIAL_TABLE[index];
        }
        return argb;
    }

    /** {@code values} on the diverging scale, {@code -limit} blue, 0 white, {@code +limit} red. */
    public static int[] diverging(float[] values, float limit) {
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            argb[i] = diverging(limit > 0 ? values[i] / limit : 0);
        }
        return argb;
    }

    private static int interpolate(int[][] stops, double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) position);
        double f = position - i;
        int r = (int) Math.round(stops[i][0] + f * (stops[i + 1][0] - stops[i][0]));
        int g = (int) Math.round(stops[i][1] + f * (stops[i + 1][1] - stops[i][1]));
        int b = (int) Math.round(stops[i][2] + f * (stops[i + 1][2] - stops[i][2]));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
