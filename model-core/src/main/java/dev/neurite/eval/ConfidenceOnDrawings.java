package dev.neurite.eval;

import java.util.Locale;
import java.util.Optional;

/**
 * The coach's rule for drawings: a model trained briefly reads the test images well but is much less sure of digits
 * drawn on the canvas (off-centre, any size, turned, in other hands; docs/drawings.md measures it). When the mean top
 * probability of at least {@link #MIN_DRAWINGS} drawings is {@link #GAP} or more below the test images' mean, the
 * learner is told, with what closes the gap. Stateless.
 */
public final class ConfidenceOnDrawings {

    /** Fewer drawings say nothing reliable. */
    public static final int MIN_DRAWINGS = 5;

    /** How far below the test images' mean confidence the drawings' mean must be for a note. */
    public static final double GAP = 0.10;

    private ConfidenceOnDrawings() {
    }

    /** The mean probability of the chosen class over {@code outputs} (one row per sample); 0 if none. */
    public static double meanTopProbability(float[][] outputs) {
        double sum = 0;
        for (float[] output : outputs) {
            float best = Float.NEGATIVE_INFINITY;
            for (float p : output) {
                best = Math.max(best, p);
            }
            sum += best;
        }
        return outputs.length == 0 ? 0 : sum / outputs.length;
    }

    /**
     * The note, or empty when the drawings are too few or the model is about as sure of them as of the test images.
     *
     * @param testMean   the mean top probability on the test images, in [0, 1]
     * @param drawings   the top probability of each finished drawing
     */
    public static Optional<String> note(double testMean, double[] drawings) {
        if (drawings.length < MIN_DRAWINGS || !Double.isFinite(testMean)) {
            return Optional.empty();
        }
        double sum = 0;
        for (double d : drawings) {
            sum += d;
        }
        double mean = sum / drawings.length;
        if (mean > testMean - GAP) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "This model is less sure of your %d drawings (%.0f%% on "
                + "average) than of the test images (%.0f%%): drawings are placed, sized and written differently. "
                + "Training longer helps most (15 epochs instead of 5 halved the mistakes on drawings); "
                + "shifts and zoom in augmentation do not, as the canvas already centres and scales each digit.",
                drawings.length, mean * 100, testMean * 100));
    }
}
