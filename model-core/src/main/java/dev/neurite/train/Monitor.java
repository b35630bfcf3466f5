package dev.neurite.train;

import java.util.List;

/**
 * The quantity a callback watches, as Keras's {@code monitor} argument, and which way is better: losses should fall,
 * accuracies rise. When the validation value is missing (a run without validation), the training value stands in,
 * as a learner would expect rather than a callback that silently never fires.
 *
 * @param metric   {@code loss}, {@code accuracy}, {@code val_loss} or {@code val_accuracy}
 * @param minDelta the least change that counts as an improvement, at least 0
 */
public record Monitor(String metric, double minDelta) {

    /** The metric names a callback can watch. */
    public static final List<String> METRICS = List.of("val_loss", "val_accuracy", "loss", "accuracy");

    public Monitor {
        if (!METRICS.contains(metric)) {
            throw new IllegalArgumentException("monitor must be one of " + METRICS + "; got '" + metric + "'");
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("min_delta must be a number of at least 0; got " + minDelta);
        }
    }

    /** Whether larger values are better (accuracies). */
    public boolean higherIsBetter() {
        return metric.endsWith("accuracy");
    }

    /** The watched value after an epoch; falls back to the training metric when validation is missing. */
    public double value(EpochMetrics metrics) {
        double value = metrics.get(metric);
        if (Double.isNaN(value) && metric.startsWith("val_")) {
            return metrics.get(metric.substring("val_".length()));
        }
        return value;
    }

    /** The worst possible value, to start comparing from. */
    public double worst() {
        return higherIsBetter() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Whether {@code current} improves on {@code best} by more than {@link #minDelta}. */
    public boolean improves(double current, double best) {
        if (Double.isNaN(current)) {
            return false;
        }
        return higherIsBetter() ? current > best + minDelta : current < best - minDelta;
    }
}
