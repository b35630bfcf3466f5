package dev.neurite.app.cli;

import dev.neurite.settings.Augmentation;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.PixelScaling;
import picocli.CommandLine.Option;

/**
 * {@code train}'s options for how the training images are prepared: the pixel scaling, PCA and the augmentation, with
 * Keras's {@code ImageDataGenerator} argument names. Each one given overrides that setting of the model's fit; the
 * others keep the model's values.
 */
final class PreprocessingOptions {

    @Option(names = "--standardize", negatable = true,
            description = "Standardize pixels with the training images' mean and standard deviation (kept with the "
                    + "trained model) instead of dividing by 255; --no-standardize divides (default: the model's).")
    Boolean standardize;

    @Option(names = "--pca-components", paramLabel = "K",
            description = "Feed the network the first K principal components of the training images instead of the "
                    + "pixels (scikit-learn's PCA, fitted on the training part, kept with the weights); the model's "
                    + "Input must be (K,); 0 turns PCA off (default: the model's).")
    Integer pcaComponents;

    @Option(names = "--rotation-range", paramLabel = "DEG",
            description = "Augmentation: rotate each training image by up to DEG degrees either way, 0-180.")
    Double rotationRange;

    @Option(names = "--width-shift-range", paramLabel = "F",
            description = "Augmentation: shift each training image sideways by up to F of its width, 0 <= F < 1.")
    Double widthShiftRange;

    @Option(names = "--height-shift-range", paramLabel = "F",
            description = "Augmentation: shift each training image up or down by up to F of its height, 0 <= F < 1.")
    Double heightShiftRange;

    @Option(names = "--zoom-range", paramLabel = "F",
            description = "Augmentation: zoom each training image by a factor in [1-F, 1+F], 0 <= F < 1.")
    Double zoomRange;

    /**
     * {@code fit} with the options given.
     *
     * @throws dev.neurite.settings.SettingsException naming the option when a value is out of range
     */
    FitSettings applyTo(FitSettings fit) {
        FitSettings result = fit;
        if (standardize != null) {
            result = result.withPixelScaling(standardize ? PixelScaling.STANDARDIZE : PixelScaling.RESCALE);
        }
        if (pcaComponents != null) {
            result = result.withPcaComponents(pcaComponents);
        }
        Augmentation a = fit.augmentation();
        return result.withAugmentation(new Augmentation(pick(rotationRange, a.rotationRange()),
                pick(widthShiftRange, a.widthShiftRange()), pick(heightShiftRange, a.heightShiftRange()),
                pick(zoomRange, a.zoomRange())));
    }

    private static double pick(Double given, double current) {
        return given != null ? given : current;
    }
}
