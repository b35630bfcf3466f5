package dev.neurite.settings;

/** Where {@code fit} takes its validation data from. */
public sealed interface Validation {

    /** No validation. */
    record None() implements Validation {
    }

    /**
     * Keras's {@code validation_split}: the last {@code fraction} of the training data, taken before shuffling.
     *
     * @param fraction in (0, 1)
     */
    record Split(double fraction) implements Validation {
        public Split {
            if (!(fraction > 0 && fraction < 1)) {
                throw new SettingsException("validation_split", "must be in (0, 1)", fraction);
            }
        }
    }

    /** Keras's {@code validation_data=(x_test, y_test)}: validate on the data set's test part. */
    record TestSet() implements Validation {
    }
}
