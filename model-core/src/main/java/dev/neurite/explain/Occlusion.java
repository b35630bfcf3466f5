package dev.neurite.explain;

import dev.neurite.engine.Network;

/**
 * An occlusion map (Zeiler and Fergus): a square patch is slid over the input and the drop in one class's output
 * (its probability) is recorded for each position; each pixel gets the mean drop over the patch positions that cover
 * it. Positive values mark regions the answer depends on, negative ones regions whose hiding makes the class more
 * likely. Immutable.
 *
 * @param geometry    the input image's layout
 * @param targetClass the class whose output was watched
 * @param baseline    the class's output for the unoccluded input
 * @param drop        {@code geometry.pixels()} values, row after row: baseline minus the mean occluded output
 * @param patch       the patch's side in pixels
 * @param stride      the step between patch positions in pixels
 * @param fill        the value the patch paints (on the [0, 1] pixel scale)
 */
public record Occlusion(InputGeometry geometry, int targetClass, float baseline, float[] drop, int patch, int stride,
                        float fill) {

    /** Paper: the background of a digit (0 on the [0, 1] scale). */
    public static final float ZERO = 0f;
    /** Middle grey, the usual patch of the original method for photographs. */
    public static final float GREY = 0.5f;
    /** The default patch side for 28x28 digits: about a stroke's width and a half. */
    public static final int DEFAULT_PATCH = 6;
    /** The default step between positions. */
    public static final int DEFAULT_STRIDE = 2;

    /** Patch positions run as one forward pass at most this many at a time. */
    private static final int CHUNK = 64;

    public Occlusion {
        if (drop.length != geometry.pixels()) {
            throw new IllegalArgumentException("drop needs " + geometry.pixels() + " values; got " + drop.length);
        }
        drop = drop.clone();
    }

    /** A copy of the drops. */
    @Override
    public float[] drop() {
        return drop.clone();
    }

    /** The largest absolute drop (the scale to draw the map with); 0 when nothing changed. */
    public float largestChange() {
        float largest = 0;
        for (float d : drop) {
            largest = Math.max(largest, Math.abs(d));
        }
        return largest;
    }

    /**
     * Slides a {@code patch x patch} square of value {@code fill} over {@code input} in steps of {@code stride} (the
     * last row and column of positions touch the border) and watches {@code targetClass}. Runs on the calling thread:
     * one forward pass per {@value #CHUNK} positions (144 positions for a 28x28 digit with the defaults).
     *
     * @param input pixels in [0, 1], as prediction takes them
     */
    public static Occlusion of(Network network, float[] input, int targetClass, int patch, int stride, float fill) {
        return of(network, input, targetClass, patch, stride, fill, () -> false);
    }

    /**
     * As {@link #of(Network, float[], int, int, int, float)}, but asks {@code stop} before each forward pass and
     * gives up when it says so (a newer input made this map stale).
     *
     * @return the map, or null when stopped
     */
    public static Occlusion of(Network network, float[] input, int targetClass, int patch, int stride, float fill,
                               java.util.function.BooleanSupplier stop) {
        InputGeometry g = InputGeometry.of(network.inputShape());
        if (patch < 1 || patch > Math.min(g.height(), g.width()) || stride < 1) {
            throw new ExplainException("The occlusion patch must fit the " + g.height() + "x" + g.width()
                    + " input and move by at least one pixel; got patch " + patch + ", stride " + stride + ".");
        }
        int classes = (int) network.outputShape().size();
        if (targetClass < 0 || targetClass >= classes) {
            throw new ExplainException("The model has " + classes + " outputs; there is no class " + targetClass
                    + ".");
        }
        int[] rows = positions(g.height(), patch, stride);
        int[] cols = positions(g.width(), patch, stride);
        int count = rows.length * cols.length;
        float[] scores = new float[count];
        // Equal chunks, so the engine's buffers keep one batch size.
        int chunk = (count + (count + CHUNK - 1) / CHUNK - 1) / ((count + CHUNK - 1) / CHUNK);
        for (int start = 0; start < count; start += chunk) {
            if (stop.getAsBoolean()) {
                return null;
            }
            int n = Math.min(chunk, count - start);
            float[] batch = new float[n * input.length];
            for (int k = 0; k < n; k++) {
                int position = start + k;
                System.arraycopy(input, 0, batch, k * input.length, input.length);
                paint(batch, k * input.length, g, rows[position / cols.length], cols[position % cols.length], patch,
                        fill);
            }
            float[] out = network.predict(Samples.batch(network, batch, n)).reshape((long) n * classes)
                    .toFloatVector();
            for (int k = 0; k < n; k++) {
                scores[start + k] = out[k * classes + targetClass];
            }
        }
        float baseline = network.predict(Samples.batch(network, input, 1)).reshape(classes)
                .toFloatVector()[targetClass];
        float[] sum = new float[g.pixels()];
        int[] covered = new int[g.pixels()];
        for (int position = 0; position < count; position++) {
            int top = rows[position / cols.length];
            int left = cols[position % cols.length];
            for (int r = top; r < top + patch; r++) {
                for (int c = left; c < left + patch; c++) {
                    sum[r * g.width() + c] += baseline - scores[position];
                    covered[r * g.width() + c]++;
                }
            }
        }
        float[] drop = new float[g.pixels()];
        for (int p = 0; p < drop.length; p++) {
            drop[p] = covered[p] == 0 ? 0 : sum[p] / covered[p];
        }
        return new Occlusion(g, targetClass, baseline, drop, patch, stride, fill);
    }

    /** The top (or left) edges of the patch positions along one side, the last one flush with the border. */
    static int[] positions(int length, int patch, int stride) {
        int last = length - patch;
        int steps = (last + stride - 1) / stride;
        int[] positions = new int[steps + 1];
        for (int i = 0; i < steps; i++) {
            positions[i] = i * stride;
        }
        positions[steps] = last;
        return positions;
    }

    private static void paint(float[] batch, int offset, InputGeometry g, int top, int left, int patch, float fill) {
        for (int r = top; r < top + patch; r++) {
            for (int c = left; c < left + patch; c++) {
                int base = offset + (r * g.width() + c) * g.channels();
                for (int ch = 0; ch < g.channels(); ch++) {
                    batch[base + ch] = fill;
                }
            }
        }
    }
}
