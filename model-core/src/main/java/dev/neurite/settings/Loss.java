package dev.neurite.settings;

import dev.neurite.layers.KerasNames;

/** The losses Neurite trains with, by Keras's names. */
public enum Loss {
    /** Cross-entropy against one-hot labels; expects softmax probabilities. */
    CATEGORICAL_CROSSENTROPY,
    /** Cross-entropy against integer labels; expects softmax probabilities. */
    SPARSE_CATEGORICAL_CROSSENTROPY,
    /** Cross-entropy of independent yes/no outputs; expects sigmoid probabilities. */
    BINARY_CROSSENTROPY,
    /** Mean of squared differences, a regression loss. */
    MEAN_SQUARED_ERROR,
    /** Mean of absolute differences, a regression loss. */
    MEAN_ABSOLUTE_ERROR;

    /** Keras's name, e.g. {@code "categorical_crossentropy"}. */
    public String kerasName() {
        return KerasNames.of(this);
    }

    /** Whether labels are given as integers rather than one-hot vectors. */
    public boolean sparseLabels() {
        return this == SPARSE_CATEGORICAL_CROSSENTROPY;
    }

    /** Whether this is a cross-entropy over mutually exclusive classes. */
    public boolean isCategorical() {
        return this == CATEGORICAL_CROSSENTROPY || this == SPARSE_CATEGORICAL_CROSSENTROPY;
    }

    /** Whether this is a regression loss. */
    public boolean isRegression() {
        return this == MEAN_SQUARED_ERROR || this == MEAN_ABSOLUTE_ERROR;
    }

    /** Parses Keras's name (also the short aliases mse and mae); null if unknown. */
    public static Loss fromKerasName(String name) {
        if ("mse".equals(name)) {
            return MEAN_SQUARED_ERROR;
        }
        if ("mae".equals(name)) {
            return MEAN_ABSOLUTE_ERROR;
        }
        return KerasNames.parse(Loss.class, name);
    }
}
