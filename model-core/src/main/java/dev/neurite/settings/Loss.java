package dev.neurite.settings;

import java.util.Locale;

/** The loss functions, with Keras's names. */
public enum Loss {
    /** Labels as one-hot vectors; predictions are class probabilities. */
    CATEGORICAL_CROSSENTROPY,
    /** Labels as class indices; predictions are class probabilities. */
    SPARSE_CATEGORICAL_CROSSENTROPY,
    /** Independent yes/no probabilities per output. */
    BINARY_CROSSENTROPY,
    MEAN_SQUARED_ERROR,
    MEAN_ABSOLUTE_ERROR;

    /** Keras's name, e.g. {@code "sparse_categorical_crossentropy"}. */
    public String kerasName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses Keras's name; null if unknown. */
    public static Loss fromKerasName(String name) {
        for (Loss loss : values()) {
            if (loss.kerasName().equals(name)) {
                return loss;
            }
        }
        return null;
    }
}
