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
     * Three lines (two for a cross-validation): "Run 3 · quick-cnn · Adam · digits", "5 epochs · val_accuracy
     * 0.9712" (or "5 epochs · validated on the test set") and "test accuracy 0.9650", named as
     * {@link RunTitles#results} names them.
     */
    @Override
    public String toString() {
        int epochs = record.history().size();
        String count = epochs + (epochs == 1 ? " epoch" : " epochs");
        if (record.isCrossValidation()) {
            return RunTitles.title(record) + "\n" + count + " \u00b7 " + RunTitles.results(record);
        }
        String results = RunTitles.results(record);
        String test = "";
        String validation = results;
        int at = results.indexOf("test accuracy");
        if (at >= 0) {
            test = results.substring(at).replace(" (also the validation data)", "");
            validation = RunTitles.validatedOnTestSet(record) ? "validated on the test set"
                    : results.substring(0, at).replace(" \u00b7 ", "").trim();
        }
        return RunTitles.title(record) + "\n" + count + (validation.isEmpty() ? "" : " \u00b7 " + validation)
                + (test.isEmpty() ? "" : "\n" + test);
    }
}
