package dev.neurite.ui.train;

import dev.neurite.train.RunRecord;

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

    /**
     * Two lines: "Run 3 · quick-cnn · Adam · digits" and "5 epochs · val_accuracy 0.9712 · test accuracy 0.9650"
     * (the results named as {@link RunTitles#results} names them).
     */
    @Override
    public String toString() {
        int epochs = record.history().size();
        String results = RunTitles.results(record);
        return RunTitles.title(record) + "\n" + epochs + (epochs == 1 ? " epoch" : " epochs")
                + (results.isEmpty() ? "" : " \u00b7 " + results);
    }
}
