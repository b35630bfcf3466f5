package dev.neurite.settings;

/**
 * What Keras's {@code model.fit} takes besides the data, and how the training images are prepared.
 *
 * @param batchSize    samples per gradient step, positive
 * @param epochs       passes over the training data, positive
 * @param validation   where validation data comes from
 * @param shuffle      whether to shuffle the training data every epoch
 * @param seed         the run's seed; initialisation, shuffling, augmentation and dropout derive their own streams
 *                     from it
 * @param pixelScaling how pixels become inputs (in training, evaluation and prediction alike)
 * @param augmentation random changes to the training images ({@link Augmentation#NONE} for none); never applied to
 *                     validation or test images
 */
public record FitSettings(int batchSize, int epochs, Validation validation, boolean shuffle, long seed,
                          PixelScaling pixelScaling, Augmentation augmentation) {

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
        if (pixelScaling == null) {
            throw new SettingsException("pixel_scaling", "must be given", "nothing");
        }
        if (augmentation == null) {
            throw new SettingsException("augmentation", "must be given", "nothing");
        }
    }

    /** Keras's defaults: batch 32, 1 epoch, no validation, shuffled; seed 42; pixels / 255; no augmentation. */
    public static FitSettings defaults() {
        return new FitSettings(32, 1, new Validation.None(), true, 42, PixelScaling.RESCALE, Augmentation.NONE);
    }

    public FitSettings withBatchSize(int newBatchSize) {
        return new FitSettings(newBatchSize, epochs, validation, shuffle, seed, pixelScaling, augmentation);
    }

    public FitSettings withEpochs(int newEpochs) {
        return new FitSettings(batchSize, newEpochs, validation, shuffle, seed, pixelScaling, augmentation);
    }

    public FitSettings withValidation(Validation newValidation) {
        return new FitSettings(batchSize, epochs, newValidation, shuffle, seed, pixelScaling, augmentation);
    }

    public FitSettings withShuffle(boolean newShuffle) {
        return new FitSettings(batchSize, epochs, validation, newShuffle, seed, pixelScaling, augmentation);
    }

    public FitSettings withSeed(long newSeed) {
        return new FitSettings(batchSize, epochs, validation, shuffle, newSeed, pixelScaling, augmentation);
    }

    public FitSettings withPixelScaling(PixelScaling newPixelScaling) {
        return new FitSettings(batchSize, epochs, validation, shuffle, seed, newPixelScaling, augmentation);
    }

    public FitSettings withAugmentation(Augmentation newAugmentation) {
        return new FitSettings(batchSize, epochs, validation, shuffle, seed, pixelScaling, newAugmentation);
    }
}
