package dev.neurite.train;

import dev.neurite.settings.Validation;

import java.util.List;
import java.util.Locale;

/**
 * A run's text log as Keras prints it: one line per epoch ({@code Epoch 3/5 - 1.8s - loss: 0.4121 - accuracy: 0.8810
 * - val_loss: ... - val_accuracy: ...}), then how the run ended and the evaluation on the test set, like
 * {@code model.evaluate}. Pure functions; thread-safe.
 */
public final class KerasLog {

    private KerasLog() {
    }

    /**
     * The log of {@code epochs} of a run that is to train {@code planned} epochs in all (a running run: the epochs so
     * far); one line per epoch, each ending in a newline.
     */
    public static String epochs(List<EpochMetrics> epochs, int planned) {
        StringBuilder text = new StringBuilder();
        int total = Math.max(planned, epochs.isEmpty() ? 0 : epochs.get(epochs.size() - 1).epoch());
        for (EpochMetrics metrics : epochs) {
            text.append("Epoch ").append(metrics.epoch()).append('/').append(total).append(" - ")
                    .append(metrics.toKerasLine()).append('\n');
        }
        return text.toString();
    }

    /** The whole log of a finished run: its epochs, the sentence it ended with, and the test evaluation if made. */
    public static String of(RunRecord run) {
        StringBuilder text = new StringBuilder(epochs(run.history(), run.model().fit().epochs()));
        if (!run.endMessage().isBlank()) {
            text.append(run.endMessage()).append('\n');
        }
        if (run.isCrossValidation()) {
            return text.toString();
        }
        if (run.hasTestMetrics()) {
            text.append(String.format(Locale.ROOT, "evaluate on the test set - loss: %.4f - accuracy: %.4f",
                    run.testLoss(), run.testAccuracy())).append('\n');
            if (run.model().fit().validation() instanceof Validation.TestSet) {
                text.append("(the test set was also the validation data: val_loss and val_accuracy above are on it)\n");
            }
        }
        return text.toString();
    }
}
