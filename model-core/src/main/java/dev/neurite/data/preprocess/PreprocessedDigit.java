package dev.neurite.data.preprocess;

import java.util.Objects;
import java.util.Set;

/**
 * Every step of {@link DigitPreprocessor} on one image, for display and for prediction. All images hold ink in
 * [0, 1] on a 0 background (white ink on black, as MNIST), whatever the input's polarity.
 *
 * @param ink      the input as ink (inverted if it was dark on light, contrast stretched), same size as the input
 * @param cropped  the ink's bounding box cut out of {@code ink}; 1x1 when the input is empty
 * @param fitted   the crop resized to fit 20x20 keeping its aspect ratio, centred in a 20x20 frame
 * @param centred  the 28x28 result: the resized crop placed so its centre of mass is at the centre
 * @param inverted whether the input was dark ink on a light background
 * @param warnings empty when the digit looks usable
 */
public record PreprocessedDigit(GreyImage ink, GreyImage cropped, GreyImage fitted, GreyImage centred,
                                boolean inverted, Set<DigitWarning> warnings) {

    public PreprocessedDigit {
        Objects.requireNonNull(ink, "ink");
        Objects.requireNonNull(cropped, "cropped");
        Objects.requireNonNull(fitted, "fitted");
        Objects.requireNonNull(centred, "centred");
        warnings = Set.copyOf(warnings);
        if (fitted.width() != DigitPreprocessor.BOX || fitted.height() != DigitPreprocessor.BOX) {
            throw new IllegalArgumentException("Fitted image must be 20x20; got " + fitted);
        }
        if (centred.width() != DigitPreprocessor.SIZE || centred.height() != DigitPreprocessor.SIZE) {
            throw new IllegalArgumentException("Centred image must be 28x28; got " + centred);
        }
    }

    /** The 784 network inputs in [0, 1], row after row (a copy). */
    public float[] input() {
        return centred.pixels();
    }

    public boolean isEmpty() {
        return warnings.contains(DigitWarning.EMPTY);
    }
}
