package dev.neurite.train;

/**
 * A monitored metric and the direction that counts as better, as Keras's {@code monitor} with {@code mode='auto'}:
 * metrics with "acc" in their name improve upwards, losses downwards. Immutable.
 *
 * @param metric   {@code loss}, {@code accuracy}, {@code val_loss} or {@code val_accuracy}
 * @param minDelta the smallest change that counts as an improvement, at least 0
 */
public record Monitor(String metric, double minDelta) {

    public Monitor {
        new EpochMetrics(0, 0, 0, 0, 0, 0, 0, 0).get(metric);
        if (!(minDelta >= 0)) {
            throw new IllegalArgumentException("min_delta must be at least 0; got " + minDelta);
        }
    }

    /** Whether larger values are better. */
    public boolean maximizes() {
        return metric.contains("acc");
    }

    /** The value in {@code metrics}; NaN when absent (no validation data). */
    public double valueIn(EpochMetrics metrics) {
        return metrics.get(metric);
    }

    /** Whether {@code value} improves on {@code best} by more than {@code minDelta}; any number beats NaN. */
    public boolean improves(double value, double best) {
        if (Double.isNaN(best)) {
            return !Double.isNaN(value);
        }
        return maximizes() ? value > best + minDelta : value < best - minDelta;
    }
}
