package dev.neurite.ui.evaluation;

import dev.neurite.data.DataSet;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.eval.Evaluation;
import dev.neurite.eval.TrainedModel;

import java.util.Objects;

/**
 * One model's results on the test set: the {@link Evaluation} and every sample's output, with the images they belong
 * to. Immutable (the outputs are kept private), so results can be cached and shared between threads.
 */
public final class TestResults {

    private final TrainedModel model;
    private final DataSet testSet;
    private final Evaluation evaluation;
    private final float[][] outputs;

    /**
     * @param model      the model that was evaluated
     * @param testSet    the labelled test images
     * @param evaluation loss, accuracy, confusion matrix, per-class scores
     * @param outputs    the model's output per test image; owned by this object from now on
     */
    public TestResults(TrainedModel model, DataSet testSet, Evaluation evaluation, float[][] outputs) {
        this.model = Objects.requireNonNull(model, "model");
        this.testSet = Objects.requireNonNull(testSet, "testSet");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        if (outputs.length != testSet.size()) {
            throw new IllegalArgumentException(testSet.size() + " test images need as many outputs; got "
                    + outputs.length);
        }
        this.outputs = outputs;
    }

    public TrainedModel model() {
        return model;
    }

    public DataSet testSet() {
        return testSet;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    /** The number of test images. */
    public int size() {
        return outputs.length;
    }

    /** The true class of test image {@code index}. */
    public int label(int index) {
        return testSet.label(index);
    }

    /** The class the model chose for test image {@code index}. */
    public int predicted(int index) {
        float[] p = outputs[index];
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The probability of the chosen class, in [0, 1]. */
    public float confidence(int index) {
        return outputs[index][predicted(index)];
    }

    /** The mean probability of the chosen class over the test images, in [0, 1]. */
    public double meanConfidence() {
        return dev.neurite.eval.ConfidenceOnDrawings.meanTopProbability(outputs);
    }

    /** A copy of the model's output for test image {@code index}. */
    public float[] probabilities(int index) {
        return outputs[index].clone();
    }

    /** Test image {@code index} as ink in [0, 1]. */
    public GreyImage image(int index) {
        float[] pixels = new float[testSet.pixelsPerImage()];
        testSet.copyImage(index, pixels, 0);
        return new GreyImage(testSet.width(), testSet.height(), pixels);
    }
}
