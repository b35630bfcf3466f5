package dev.neurite.settings;

/**
 * How pixel values (0-255) become the network's inputs during {@code fit}, and then in every evaluation and
 * prediction of the trained model.
 */
public enum PixelScaling {
    /** {@code pixel / 255}: inputs in [0, 1], as the Keras MNIST tutorials do ({@code rescale=1./255}). */
    RESCALE("rescale"),
    /**
     * {@code (pixel / 255 - mean) / std} with the mean and standard deviation of the training images (the validation
     * split excluded), as Keras's {@code featurewise_center} and {@code featurewise_std_normalization}. The trained
     * model keeps both numbers with its weights.
     */
    STANDARDIZE("standardize");

    private final String jsonName;

    PixelScaling(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name in model files and on the command line: {@code rescale} or {@code standardize}. */
    public String jsonName() {
        return jsonName;
    }

    /** The scaling named {@code name} ({@link #jsonName()}), or null if there is none. */
    public static PixelScaling fromJsonName(String name) {
        for (PixelScaling scaling : values()) {
            if (scaling.jsonName.equals(name)) {
                return scaling;
            }
        }
        return null;
    }
}
