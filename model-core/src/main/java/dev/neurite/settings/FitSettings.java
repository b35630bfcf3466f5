package dev.neurite.settings;

/**
 * What Keras's {@code model.fit} takes besides the data.
 *
 * @param batchSize  samples per gradient step, positive
 * @param epochs     passes over the training data, positive
 * @param validation where validation data comes from
 * @param shuffle    whether to shuffle the training data every epoch
 * @param seed       the run's seed; initialisation, shuffling and dropout derive their own streams from it
 */
public record FitSettings(int batchSize, int epochs, Validation validation, boolean shuffle, long seed) {

    public FitSettings {
        if (batchSize <= 0) {
            throw new SettingsException("batch_size", "must be a positive integer", batchSize);
        }
        if (epochs <= 0) {
            throw new SettingsException("epochs", "must be a positive integer", epochs);
        }
        if (validation == null) {
            throw new SettingsException("validation", "must be given", "nothing");
        }
    }

    /** Keras's defaults: batch 32, 1 epoch, no validation, shuffled; seed 42. */
    public static FitSettings defaults() {
        return new FitSettings(32, 1, new Validation.None(), true, 42);
    }

    public FitSettings withBatchSize(int newBatchSize) {
        return new FitSettings(newBatchSize, epochs, validation, shuffle, seed);
    }

    public FitSettings withEpochs(int newEpochs) {
        return new FitSettings(batchSize, newEpochs, validation, shuffle, seed);
    }

    public FitSettings withValidation(Validation newValidation) {
        return new FitSettings(batchSize, epochs, newValidation, shuffle, seed);
    }

    public FitSettings withSeed(long newSeed) {
        return new FitSettings(batchSize, epochs, validation, shuffle, newSeed);
    }
}
