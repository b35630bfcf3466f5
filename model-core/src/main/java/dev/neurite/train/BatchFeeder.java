package dev.neurite.train;

import dev.neurite.layers.TensorShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * Assembles batches {@code [batch, ...inputShape]} of float features and their labels from {@link Examples}, reusing
 * one host array and one native array per batch size. Not thread-safe: one feeder per thread.
 */
public final class BatchFeeder {

    private final TensorShape inputShape;
    private final int perSample;
    private float[] host = new float[0];
    private INDArray batch;
    private int[] labels = new int[0];

    public BatchFeeder(TensorShape inputShape) {
        this.inputShape = inputShape;
        this.perSample = (int) inputShape.size();
    }

    /**
     * Fills the batch with samples {@code order[start .. start + count)} of {@code examples}.
     *
     * @return the batch array; valid until the next call
     */
    public INDArray fill(Examples examples, int[] order, int start, int count) {
        if (examples.featuresPerSample() != perSample) {
            throw new dev.neurite.NeuriteException("The model's input " + inputShape + " takes " + perSample
                    + " values per sample but the data has " + examples.featuresPerSample() + ".");
        }
        if (host.length != count * perSample) {
            host = new float[count * perSample];
            long[] shape = new long[inputShape.rank() + 1];
            shape[0] = count;
            for (int d = 0; d < inputShape.rank(); d++) {
                shape[d + 1] = inputShape.dim(d);
            }
            batch = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
            labels = new int[count];
        }
        for (int i = 0; i < count; i++) {
            int index = order == null ? start + i : order[start + i];
            examples.copyFeatures(index, host, i * perSample);
            labels[i] = examples.label(index);
        }
        batch.data().setData(host);
        return batch;
    }

    /** The labels of the last filled batch (a reused array; read before the next {@link #fill}). */
    public int[] labels() {
        return labels;
    }

    /** A copy of the last batch's labels. */
    public int[] labelsCopy() {
        return Arrays.copyOf(labels, labels.length);
    }
}
