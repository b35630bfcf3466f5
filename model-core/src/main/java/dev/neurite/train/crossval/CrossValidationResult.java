package dev.neurite.train.crossval;

import java.util.List;
import java.util.Locale;

/**
 * The scores of a cross-validation, as scikit-learn's {@code cross_val_score} gives them: one accuracy per fold, their
 * mean and standard deviation (NumPy's {@code scores.std()}, over the folds: divided by k, not k - 1).
 *
 * @param folds      the folds that finished, in order
 * @param k          the folds asked for (more than {@code folds.size()} when it was cancelled)
 * @param stratified whether the folds kept the class proportions
 * @param seed       the seed that dealt the folds
 * @param cancelled  whether it was cancelled before every fold finished
 */
public record CrossValidationResult(List<FoldResult> folds, int k, boolean stratified, long seed, boolean cancelled) {

    public CrossValidationResult {
        folds = List.copyOf(folds);
    }

    /** Each finished fold's accuracy, in fold order. */
    public double[] scores() {
        return folds.stream().mapToDouble(FoldResult::accuracy).toArray();
    }

    /** The mean accuracy over the finished folds; NaN when none finished. */
    public double mean() {
        double[] scores = scores();
        if (scores.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (double s : scores) {
            sum += s;
        }
        return sum / scores.length;
    }

    /** The population standard deviation of the finished folds' accuracies; NaN when none finished. */
    public double standardDeviation() {
        double[] scores = scores();
        if (scores.length == 0) {
            return Double.NaN;
        }
        double mean = mean();
        double squares = 0;
        for (double s : scores) {
            squares += (s - mean) * (s - mean);
        }
        return Math.sqrt(squares / scores.length);
    }

    /**
     * {@code Accuracy: 0.9123 +- 0.0101 (5 folds)}, the line the lessons print ({@code (2 folds of 5, cancelled)}
     * when cancelled); a sentence saying so when no fold finished.
     */
    public String summaryLine() {
        if (folds.isEmpty()) {
            return "Cross-validation " + (cancelled ? "cancelled" : "ended") + " before a fold finished.";
        }
        return String.format(Locale.ROOT, "Accuracy: %.4f +- %.4f (%d folds%s)", mean(), standardDeviation(),
                folds.size(), cancelled ? " of " + k + ", cancelled" : "");
    }
}
