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
 * @param pcaComponents  how many principal components of the training images the network sees instead of the
 *                       pixels (scikit-learn's {@code PCA(n_components=k)}, fitted on the training part only and kept
 *                       with the weights); 0 for none, the default. With k components the model's Input is
 *                       {@code (None, k)}
 */
public record FitSettings(int batchSize, int epochs, Validation validation, boolean shuffle, long seed,
                          PixelScaling pixelScaling, Augmentation augmentation, int pcaComponents) {

    /**
     * The most pixels an image may have for PCA (256 x 256): it bounds the projection a trained model carries, so that
     * a weights archive can be read with limits.
     */
    public static final int MAX_PCA_PIXELS = 256 * 256;

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
        if (pcaComponents < 0) {
            throw new SettingsException("pca_components", "must be a positive integer, or 0 for no PCA",
                    pcaComponents);
        }
    }

    /** Settings without PCA, as before PCA existed. */
    public FitSettings(int batchSize, int epochs, Validation validation, boolean shuffle, long seed,
                       PixelScaling pixelScaling, Augmentation augmentation) {
        this(batchSize, epochs, validation, shuffle, seed, pixelScaling, augmentation, 0);
    }

    /** Whether the network sees principal components ({@link #pcaComponents()} &gt; 0) instead of pixels. */
    public boolean usesPca() {
        return pcaComponents > 0;
    }

    /** These settings with {@code components} principal components (0: no PCA). */
    public FitSettings withPcaComponents(int components) {
        return new FitSettings(batchSize, epochs, validation, shuffle, seed, pixelScaling, augmentation, components);
    }

    /** Keras's defaults: batch 32, 1 epoch, no validation, shuffled; seed 42; pixels / 255; no augmentation. */
    public static FitSettings defaults() {
        return new FitSettings(32, 1, new Validation.None(), true, 42, PixelScaling.RESCALE, Augmentation.NONE);
    }

    public FitSettings withBatchSize(int newBatchSize) {
        return new FitSettings(newBatchSize, epochs, validation, shuffle, seed, pixelScaling, augmentation,
                pcaComponents);
    }

    public FitSettings withEpochs(int newEpochs) {
        return new FitSettings(batchSize, newEpochs, validation, shuffle, seed, pixelScaling, augmentation,
                pcaComponents);
    }

    public FitSettings withValidation(Validation newValidation) {
        return new FitSettings(batchSize, epochs, newValidation, shuffle, seed, pixelScaling, augmentation,
                pcaComponents);
    }

    public FitSettings withShuffle(boolean newShuffle) {
        return new FitSettings(batchSize, epochs, validation, newShuffle, seed, pixelScaling, augmentation,
                pcaComponents);
    }

    public FitSettings withSeed(long newSeed) {
        return new FitSettings(batchSize, epochs, validation, shuffle, newSeed, pixelScaling, augmentation,
                pcaComponents);
    }

    public FitSettings withPixelScaling(PixelScaling newPixelScaling) {
        return new FitSettings(batchSize, epochs, validation, shuffle, seed, newPixelScaling, augmentation,
                pcaComponents);
    }

    public FitSettings withAugmentation(Augmentation newAugmentation) {
        return new FitSettings(batchSize, epochs, validation, shuffle, seed, pixelScaling, newAugmentation,
                pcaComponents);
    }
}
