package dev.neurite.eval;

import java.util.List;

/**
 * The results of evaluating a model on a labelled set. Immutable.
 *
 * @param loss          mean loss (regularisation included, as Keras's {@code evaluate})
 * @param accuracy      fraction classified correctly
 * @param confusion     {@code confusion[label][predicted]} counts
 * @param perClass      one entry per class
 * @param misclassified every wrongly classified sample, in set order
 */
public record Evaluation(double loss, double accuracy, int[][] confusion, List<ClassScores> perClass,
                         List<Misclassified> misclassified) {

    public Evaluation {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        confusion = copy;
        perClass = List.copyOf(perClass);
        misclassified = List.copyOf(misclassified);
    }

    /** A copy of the confusion matrix, rows = true class, columns = predicted class. */
    @Override
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }
}
