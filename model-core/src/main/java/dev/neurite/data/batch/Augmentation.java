package dev.neurite.data.batch;

/**
 * Random changes applied to each training image, like Keras's {@code ImageDataGenerator}: a rotation, a shift and a
 * zoom drawn uniformly for every image. Pixels moved in from outside are background (0). Immutable.
 *
 * @param rotationRange    largest rotation in degrees, either way, in [0, 180] ({@code rotation_range})
 * @param widthShiftRange  largest horizontal shift as a fraction of the width, in [0, 1) ({@code width_shift_range})
 * @param heightShiftRange largest vertical shift as a fraction of the height, in [0, 1) ({@code height_shift_range})
 * @param zoomRange        zoom drawn from [1 - zoomRange, 1 + zoomRange], in [0, 1) ({@code zoom_range}); above 1
 *                         the digit grows
 */
public record Augmentation(double rotationRange, double widthShiftRange, double heightShiftRange, double zoomRange) {

    /** No augmentation. */
    public static final Augmentation NONE = new Augmentation(0, 0, 0, 0);

    public Augmentation {
        check("rotationRange", rotationRange, 0, 180, true);
        check("widthShiftRange", widthShiftRange, 0, 1, false);
        check("heightShiftRange", heightShiftRange, 0, 1, false);
        check("zoomRange", zoomRange, 0, 1, false);
    }

    /** Whether any change is applied. */
    public boolean isActive() {
        return rotationRange > 0 || widthShiftRange > 0 || heightShiftRange > 0 || zoomRange > 0;
    }

    private static void check(String name, double value, double low, double high, boolean inclusive) {
        boolean ok = value >= low && (inclusive ? value <= high : value < high);
        if (!ok) {
            throw new IllegalArgumentException("Augmentation " + name + " must be in [" + low + ", " + high
                    + (inclusive ? "]" : ")") + "; got " + value);
        }
    }
}
