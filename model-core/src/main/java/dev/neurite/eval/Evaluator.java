package dev.neurite.eval;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.batch.Batch;
import dev.neurite.data.batch.BatchOptions;
import dev.neurite.data.batch.BatchPipeline;
import dev.neurite.engine.Network;
import dev.neurite.engine.Targets;
import dev.neurite.train.BatchFeeder;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Evaluates a trained network on a labelled set and predicts classes. Images go in as training fed them: pixels in
 * [0, 1] through a {@link BatchPipeline} (in order, never augmented), standardized by the network itself when it was
 * trained so. Runs on the caller's thread (the network locks itself per batch, so it may be used while a session is
 * paused or finished).
 */
public final class Evaluator {

    private final int batchSize;

    /** @param batchSize samples per inference batch (memory vs. speed; results do not depend on it) */
    public Evaluator(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1; got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /**
     * Loss, accuracy, confusion matrix, per-class scores and misclassified samples of {@code network} on {@code set}.
     */
    public Evaluation evaluate(Network network, DataSet set) {
        return summarise(network, set, predict(network, set));
    }

    /**
     * The evaluation of outputs already computed, e.g. in chunks with progress: {@code outputs[i]} is the model's
     * output for sample {@code i} of {@code set}. Cheap (no forward pass).
     */
    public static Evaluation summarise(Network network, DataSet set, float[][] outputs) {
        if (!set.isLabelled()) {
            throw new NeuriteException("The data set '" + set.name() + "' has no labels to evaluate on.");
        }
        if (outputs.length != set.size()) {
            throw new IllegalArgumentException(set.size() + " samples need as many outputs; got " + outputs.length);
        }
        int width = (int) network.outputShape().size();
        int classes = Math.max(set.classCount(), width == 1 ? 2 : width);
        int[][] confusion = new int[classes][classes];
        List<Misclassified> wrong = new ArrayList<>();
        double[] predictions = new double[set.size() * width];
        int[] labels = new int[set.size()];
        int correct = 0;
        for (int i = 0; i < set.size(); i++) {
            labels[i] = set.label(i);
            for (int j = 0; j < width; j++) {
                predictions[i * width + j] = outputs[i][j];
            }
            int predicted = Targets.predictedClass(predictions, i, width);
            confusion[labels[i]][predicted]++;
            if (predicted == labels[i]) {
                correct++;
            } else {
                wrong.add(new Misclassified(i, labels[i], predicted, outputs[i]));
            }
        }
        int n = Math.max(1, set.size());
        double loss = set.size() == 0 ? 0 : network.loss(predictions, labels, set.size());
        return new Evaluation(loss, (double) correct / n, confusion, scores(confusion), wrong);
    }

    static List<ClassScores> scores(int[][] confusion) {
        List<ClassScores> scores = new ArrayList<>();
        for (int c = 0; c < confusion.length; c++) {
            int truePositives = confusion[c][c];
            int support = Arrays.stream(confusion[c]).sum();
            int predictedAs = 0;
            for (int[] row : confusion) {
                predictedAs += row[c];
            }
            double precision = predictedAs == 0 ? 0 : (double) truePositives / predictedAs;
            double recall = support == 0 ? 0 : (double) truePositives / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new ClassScores(c, precision, recall, f1, support));
        }
        return scores;
    }

    /**
     * The output (class probabilities) for one sample of {@code network.inputShape()} features: pixels in [0, 1], e.g.
     * a {@link dev.neurite.data.preprocess.DigitPreprocessor}'s output.
     */
    public static float[] predict(Network network, float[] features) {
        long[] shape = new long[network.inputShape().rank() + 1];
        shape[0] = 1;
        for (int d = 0; d < network.inputShape().rank(); d++) {
            shape[d + 1] = network.inputShape().dim(d);
        }
        if (features.length != network.inputShape().size()) {
            throw new NeuriteException("The model takes " + network.inputShape().size()
                    + " values per sample; got " + features.length + ".");
        }
        INDArray x = org.nd4j.linalg.factory.Nd4j.createFromArray(features).reshape(shape);
        return network.predict(x).reshape(network.outputShape().size()).toFloatVector();
    }

    /** The outputs for every sample of {@code set}: {@code [size][outputWidth]}. */
    public float[][] predict(Network network, DataSet set) {
        float[][] outputs = new float[set.size()][];
        BatchFeeder feeder = new BatchFeeder(network.inputShape());
        Iterator<Batch> batches = new BatchPipeline(set, BatchOptions.inOrder(batchSize)).epoch(0);
        int start = 0;
        while (batches.hasNext()) {
            Batch batch = batches.next();
            store(network, feeder.fill(batch), batch.size(), start, outputs);
            start += batch.size();
        }
        return outputs;
    }

    /**
     * Predicts samples {@code [start, start + count)} of {@code set} as one batch into the same places of
     * {@code outputs}, assembling it with {@code feeder}, whose arrays are reused while the batch size stays the same
     * (so do the network's): for evaluating in chunks of a steady size.
     */
    public static void predictBatch(Network network, DataSet set, int start, int count, BatchFeeder feeder,
                                    float[][] outputs) {
        Batch batch = new BatchPipeline(set.range(start, start + count), BatchOptions.inOrder(count)).epoch(0).next();
        store(network, feeder.fill(batch), count, start, outputs);
    }

    private static void store(Network network, INDArray inputs, int count, int start, float[][] outputs) {
        int width = (int) network.outputShape().size();
        float[] flat = network.predict(inputs).reshape((long) count * width).toFloatVector();
        for (int i = 0; i < count; i++) {
            outputs[start + i] = Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
    }
}
