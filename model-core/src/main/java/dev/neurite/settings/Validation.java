package dev.neurite.settings;

/** Where a fit takes its validation data from. */
public sealed interface Validation permits Validation.Split, Validation.TestSet, Validation.None {

    /**
     * Keras's {@code validation_split}: the last {@code fraction} of the training data, taken before shuffling.
     *
     * @param fraction in (0, 1)
     */
    record Split(double fraction) implements Validation {
        public Split {
            if (!(fraction > 0 && fraction < 1)) {
                throw new IllegalArgumentException("validation_split must be in (0, 1); got " + fraction);
            }
        }
    }

    /** Keras's {@code validation_data}: a separate labelled set (the test set). */
    record TestSet() implements Validation {
    }

    /** No validation. */
    record None() implements Validation {
    }
}
