package dev.neurite.ui.evaluation;

/**
 * One tile of the gallery: a test image with its true and predicted class. Immutable.
 *
 * @param index      the image's index in the test set
 * @param label      the true class
 * @param predicted  the class the model chose
 * @param confidence the probability of the chosen class, in [0, 1]
 */
public record GalleryItem(int index, int label, int predicted, float confidence) {

    /** Whether the model got it wrong. */
    public boolean isMistake() {
        return label != predicted;
    }
}
