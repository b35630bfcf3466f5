package dev.neurite.data;

import java.util.Objects;
import java.util.Optional;

/**
 * What a data source resolves to: a training set and, where the source has one, a test set with the same classes.
 * Immutable.
 *
 * @param train the training set; never null
 * @param test  the test set, or empty when the source has only one part (then callers split off validation data)
 */
public record TrainTestSets(DataSet train, Optional<DataSet> test) {

    public TrainTestSets {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        test.ifPresent(t -> {
            if (!t.classNames().equals(train.classNames())) {
                throw new IllegalArgumentException("Test set classes " + t.classNames()
                        + " differ from the training set's " + train.classNames());
            }
            if (t.height() != train.height() || t.width() != train.width()) {
                throw new IllegalArgumentException("Test images are " + t.height() + "x" + t.width()
                        + " but training images are " + train.height() + "x" + train.width());
            }
        });
    }

    public static TrainTestSets of(DataSet train, DataSet test) {
        return new TrainTestSets(train, Optional.of(test));
    }

    public static TrainTestSets trainOnly(DataSet train) {
        return new TrainTestSets(train, Optional.empty());
    }
}
