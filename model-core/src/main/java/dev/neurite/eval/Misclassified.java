package dev.neurite.eval;

/**
 * A test sample the model got wrong.
 *
 * @param index         its index in the evaluated set
 * @param label         its true class
 * @param predicted     the class the model chose
 * @param probabilities the model's output for it (one value per class)
 */
public record Misclassified(int index, int label, int predicted, float[] probabilities) {

    public Misclassified {
        probabilities = probabilities.clone();
    }

    @Override
    public float[] probabilities() {
        return probabilities.clone();
    }
}
