package dev.neurite.settings;

/**
 * Random changes applied to each training image, like Keras's {@code ImageDataGenerator}: a rotation, a shift and a
 * zoom drawn uniformly for every image, every epoch. Pixels moved in from outside the image are background (0).
 * Validation and test images are never augmented. Immutable.
 *
 * @param rotationRange    largest rotation in degrees, either way, in [0, 180] ({@code rotation_range})
 * @param widthShiftRange  largest horizontal shift as a fraction of the width, in [0, 1) ({@code width_shift_range})
 * @param heightShiftRange largest vertical shift as a fraction of the height, in [0, 1) ({@code height_shift_range})
 * @param zoomRange        zoom factor drawn from [1 - zoomRange, 1 + zoomRange], in [0, 1) ({@code zoom_range});
 *                         above 1 the digit grows
 */
public record Augmentation(double rotationRange, double widthShiftRange, double heightShiftRange, double zoomRange) {

    /** No augmentation: Keras's defaults (every range 0). */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, 0);

    public Augmentation {
        if (!(rotationRange >= 0 && rotationRange <= 180)) {
            throw new SettingsException("rotation_range", "must be in [0, 180] degrees", rotationRange);
        }
        SettingsException.requireFraction("width_shift_range", widthShiftRange);
        SettingsException.requireFraction("height_shift_range", heightShiftRange);
        SettingsException.requireFraction("zoom_range", zoomRange);
    }

    /** Whether any change is applied. */
    public boolean isActive() {
        return rotationRange > 0 || widthShiftRange > 0 || heightShiftRange > 0 || zoomRange > 0;
    }
}
