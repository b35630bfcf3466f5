package dev.neurite.explain;

/**
 * Saliency and occlusion maps as translucent ARGB pixels to lay over the input image, shared by the window and the
 * command line. One colour per meaning, its opacity the strength, so the digit stays visible underneath. Stateless.
 */
public final class Overlays {

    /** Saliency: a warm red-orange. */
    public static final int SALIENT = 0xE0_3C_14;
    /** Occlusion: hiding this region lowers the class's probability. */
    public static final int LOWERS = 0xC8_10_2B;
    /** Occlusion: hiding this region raises the class's probability. */
    public static final int RAISES = 0x21_66_AC;

    private Overlays() {
    }

    /** {@link Saliency#magnitude()} as {@link #SALIENT} with the magnitude as opacity, row after row. */
    public static int[] saliency(Saliency saliency) {
        float[] magnitude = saliency.magnitude();
        int[] argb = new int[magnitude.length];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = alpha(magnitude[p]) | SALIENT;
        }
        return argb;
    }

    /**
     * The drops as {@link #LOWERS} (positive) or {@link #RAISES} (negative), the largest change fully opaque, row after
     * row; fully transparent when nothing changed.
     */
    public static int[] occlusion(Occlusion occlusion) {
        float[] drop = occlusion.drop();
        float limit = occlusion.largestChange();
        int[] argb = new int[drop.length];
        for (int p = 0; p < argb.length; p++) {
            float strength = limit > 0 ? Math.abs(drop[p]) / limit : 0;
            argb[p] = alpha(strength) | (drop[p] >= 0 ? LOWERS : RAISES);
        }
        return argb;
    }

    /** Opacity for a strength in [0, 1]: up to 90%, so the ink under the strongest pixels still shows. */
    private static int alpha(float strength) {
        return Math.round(Math.max(0, Math.min(1, strength)) * 230) << 24;
    }
}
