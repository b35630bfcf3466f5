package dev.neurite.ui.train;

/**
 * An exponential moving average with bias correction, as TensorBoard smooths its curves: {@code s = w * s + (1 - w) *
 * x}, shown as {@code s / (1 - w^n)} so the first values are not pulled towards zero. Non-finite values pass through
 * without entering the average. Not thread-safe: one thread.
 */
final class Ema {

    private final double weight;
    private double average;
    private double correction = 1;

    /** @param weight the smoothing weight in [0, 1): 0 shows the raw values, 0.99 is very smooth */
    Ema(double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("Smoothing must be in [0, 1); got " + weight);
        }
        this.weight = weight;
    }

    /** Below this share of a value is left one epoch later, whatever the smoothing chosen. */
    static final double LEFT_AFTER_ONE_EPOCH = 0.1;

    /**
     * The weight to use for {@code chosen} smoothing with {@code batchesPerEpoch} batches: at most the weight that
     * keeps less than {@link #LEFT_AFTER_ONE_EPOCH} of a value one epoch later ({@code w^B <= 0.1}), so the smoothed
     * line never lags the training by more than an epoch. With 10 batches an epoch 0.9 becomes 0.79; with 100 it
     * stays.
     */
    static double boundedByEpoch(double chosen, double batchesPerEpoch) {
        if (!(batchesPerEpoch >= 1)) {
            return chosen;
        }
        return Math.min(chosen, Math.pow(LEFT_AFTER_ONE_EPOCH, 1 / batchesPerEpoch));
    }

    /** Adds {@code value} and returns the smoothed value so far. */
    double add(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        average = weight * average + (1 - weight) * value;
        correction *= weight;
        return average / (1 - correction);
    }
}
