package dev.neurite.explain;

/**
 * Summary of one layer's output values. Immutable.
 *
 * @param min          the smallest value
 * @param max          the largest value
 * @param mean         the mean value
 * @param zeroFraction the fraction of values exactly 0 in [0, 1] (after ReLU: the units that did not fire)
 */
public record ActivationStatistics(float min, float max, float mean, double zeroFraction) {

    /** The statistics of {@code values}; all zero for no values. */
    public static ActivationStatistics of(float[] values) {
        if (values.length == 0) {
            return new ActivationStatistics(0, 0, 0, 0);
        }
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        double sum = 0;
        int zeros = 0;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            if (v == 0) {
                zeros++;
            }
        }
        return new ActivationStatistics(min, max, (float) (sum / values.length), (double) zeros / values.length);
    }
}
