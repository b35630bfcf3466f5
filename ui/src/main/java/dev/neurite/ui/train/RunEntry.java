package dev.neurite.ui.train;

import dev.neurite.train.RunRecord;

import java.util.Locale;

/**
 * A run in the runs list, shown by {@link #toString()}. Immutable.
 *
 * @param record the run
 */
public record RunEntry(RunRecord record) {

    /** Batches per epoch of the run, to place its epochs on a batch axis (0 if unknown). */
    public int batchesPerEpoch() {
        return record.batchesPerEpoch();
    }

    /** Two lines: "Run 3 · Adam · 5 epochs" and "val_accuracy 0.9712" (or the training accuracy). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(record.title()).append(" \u00b7 ")
                .append(record.model().compile().optimizer().kerasClassName()).append(" \u00b7 ")
                .append(record.history().size()).append(record.history().size() == 1 ? " epoch" : " epochs");
        if (record.isCrossValidation()) {
            return text.append('\n').append(record.crossValidation().summaryLine()).toString();
        }
        record.lastEpoch().ifPresent(e -> text.append(String.format(Locale.ROOT,
                e.hasValidation() ? "\nval_accuracy %.4f" : "\naccuracy %.4f",
                e.hasValidation() ? e.validationAccuracy() : e.accuracy())));
        return text.toString();
    }
}
