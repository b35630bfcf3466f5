package dev.neurite.data.preprocess;

/** Why a preprocessed digit may not be worth predicting; shown to the user, never thrown. */
public enum DigitWarning {

    /** No ink was found (a blank or almost uniform image); the 28x28 result is all zeros. */
    EMPTY("The image is empty: no ink stands out from the background. Draw or pick a digit."),

    /** The ink covers too few pixels to carry a readable digit; it was enlarged anyway. */
    STROKE_TOO_SMALL("The digit is very small; it was enlarged to 20x20, but draw it larger for a reliable result.");

    private final String message;

    DigitWarning(String message) {
        this.message = message;
    }

    /** A sentence for the user. */
    public String message() {
        return message;
    }
}
