package dev.neurite.data.inspect;

import dev.neurite.data.TrainTestSets;
import dev.neurite.settings.Validation;

/**
 * How {@code fit} divides a data source, counted in samples: the images it trains on, those it validates on and the
 * test images kept for the end. Computed exactly as training splits ({@code validation_split} takes the last
 * fraction of the training data, before shuffling). Immutable.
 *
 * @param training        samples the model trains on: {@code x_train[:splitAt]}
 * @param validation      samples it validates on: the last part of {@code x_train}, or the test set itself
 * @param test            test samples, 0 when the source has no test part
 * @param validationKind  where validation comes from
 */
public record DataSplit(int training, int validation, int test, Kind validationKind) {

    /** Where the validation samples come from. */
    public enum Kind {
        /** No validation. */
        NONE,
        /** The last fraction of the training data ({@code validation_split}). */
        SPLIT,
        /** The test set ({@code validation_data=(x_test, y_test)}): the same images as the test. */
        TEST_SET
    }

    /** The split that {@code fit} with {@code validation} makes of {@code sets}. */
    public static DataSplit of(TrainTestSets sets, Validation validation) {
        int all = sets.train().size();
        int test = sets.test().map(t -> t.size()).orElse(0);
        if (validation instanceof Validation.Split split) {
            int splitAt = splitIndex(all, split.fraction());
            return new DataSplit(splitAt, all - splitAt, test, Kind.SPLIT);
        }
        if (validation instanceof Validation.TestSet) {
            return new DataSplit(all, test, test, Kind.TEST_SET);
        }
        return new DataSplit(all, 0, test, Kind.NONE);
    }

    /** The first validation index for {@code validation_split = fraction} of {@code size} samples, as fit takes it. */
    public static int splitIndex(int size, double fraction) {
        return (int) (size * (1 - fraction));
    }

    /** All samples of the source: training + validation split + test (the test set counted once). */
    public int total() {
        return training + (validationKind == Kind.SPLIT ? validation : 0) + test;
    }
}
