package dev.neurite.settings;

import java.util.Objects;

/**
 * Keras's {@code model.fit(batch_size, epochs, validation_split | validation_data, shuffle)} plus the run's seed.
 *
 * @param batchSize  samples per gradient step, at least 1
 * @param epochs     passes over the training data, at least 1
 * @param validation where validation data comes from
 * @param shuffle    whether the training samples are shuffled before each epoch
 * @param seed       the run's seed; initialisation, shuffling and dropout use separate streams derived from it
 */
public record FitSettings(int batchSize, int epochs, Validation validation, boolean shuffle, long seed) {

    public FitSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch_size must be at least 1; got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1; got " + epochs);
        }
        Objects.requireNonNull(validation, "validation");
    }

    /** Keras's defaults: batch 32, 1 epoch, no validation, shuffled, seed 0. */
    public static FitSettings defaults() {
        return new FitSettings(32, 1, new Validation.None(), true, 0);
    }

    public FitSettings withEpochs(int newEpochs) {
        return new FitSettings(batchSize, newEpochs, validation, shuffle, seed);
    }
}
