package dev.neurite.train;

import dev.neurite.graph.PythonFormat;

/**
 * The line Keras 3's progress bar leaves at the end of an epoch ({@code fit(verbose=1)}), without its terminal
 * colours: {@code 422/422 ━━━━━━━━━━━━━━━━━━━━ 3s 7ms/step - accuracy: 0.7621 - loss: 0.7708 - val_accuracy: 0.9763
 * - val_loss: 0.0876}. The steps, a full bar of 20, the seconds the epoch took, the time per step (in s, ms or us
 * as Keras chooses), then the metrics in Keras 3's order with four decimals (or {@code 1.2346e-04} for values of at
 * most 0.001). Stateless and thread-safe.
 */
public final class Keras3EpochLine {

    private static final int BAR_WIDTH = 20;
    private static final String BAR = "\u2501".repeat(BAR_WIDTH);

    private Keras3EpochLine() {
    }

    /** The "Epoch i/n" line Keras 3 prints when an epoch begins. */
    public static String header(int epoch, int epochs) {
        return "Epoch " + epoch + "/" + epochs;
    }

    /**
     * The end-of-epoch line.
     *
     * @param metrics        the epoch's results; {@code seconds} is the time shown after the bar
     * @param steps          batches in the epoch
     * @param secondsPerStep the time per step Keras shows (it leaves the first step out), in seconds
     */
    public static String of(EpochMetrics metrics, int steps, double secondsPerStep) {
        StringBuilder line = new StringBuilder();
        line.append(steps).append('/').append(steps).append(' ').append(BAR)
                .append(' ').append(PythonFormat.fixed(metrics.seconds(), 0)).append('s')
                .append(' ').append(timePerStep(secondsPerStep))
                .append(" - accuracy: ").append(metric(metrics.accuracy()))
                .append(" - loss: ").append(metric(metrics.loss()));
        if (metrics.hasValidation()) {
            line.append(" - val_accuracy: ").append(metric(metrics.validationAccuracy()))
                    .append(" - val_loss: ").append(metric(metrics.validationLoss()));
        }
        return line.toString();
    }

    /** Keras's time per step: {@code 3s/step}, {@code 7ms/step} or {@code 863us/step}. */
    static String timePerStep(double seconds) {
        if (seconds >= 1 || seconds == 0) {
            return PythonFormat.fixed(seconds, 0) + "s/step";
        }
        if (seconds >= 1e-3) {
            return PythonFormat.fixed(seconds * 1000.0, 0) + "ms/step";
        }
        return PythonFormat.fixed(seconds * 1000000.0, 0) + "us/step";
    }

    /** A metric as Keras's progress bar writes it. */
    static String metric(double value) {
        return Math.abs(value) > 1e-3 ? PythonFormat.fixed(value, 4) : PythonFormat.scientific(value, 4);
    }
}
