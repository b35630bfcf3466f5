package dev.neurite.eval;

/**
 * Precision, recall and F1 of one class, as scikit-learn's classification report (0 where undefined).
 *
 * @param label     the class
 * @param precision of the samples predicted as this class, the fraction that are
 * @param recall    of the samples of this class, the fraction predicted as it
 * @param f1        the harmonic mean of precision and recall
 * @param support   the number of samples of this class
 */
public record ClassScores(int label, double precision, double recall, double f1, int support) {
}
