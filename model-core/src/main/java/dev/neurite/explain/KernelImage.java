package dev.neurite.explain;

/**
 * A learned weight pattern drawn as a small image: one Conv2D filter (for one input channel or averaged over them) or
 * a Dense unit's weights over the input pixels. Positive weights excite the unit where the input is bright, negative
 * ones inhibit it. Immutable.
 *
 * @param layer  the layer's name
 * @param unit   the filter or unit index
 * @param height rows
 * @param width  columns
 * @param values {@code height * width} weights, row after row
 */
public record KernelImage(String layer, int unit, int height, int width, float[] values) {

    public KernelImage {
        if (values.length != height * width) {
            throw new IllegalArgumentException(height + "x" + width + " needs " + height * width + " values; got "
                    + values.length);
        }
        values = values.clone();
    }

    /** A copy of the weights. */
    @Override
    public float[] values() {
        return values.clone();
    }

    /** The largest absolute weight (a symmetric colour scale around 0 uses it). */
    public float largestMagnitude() {
        float largest = 0;
        for (float v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }
}
