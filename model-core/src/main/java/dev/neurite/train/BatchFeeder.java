package dev.neurite.train;

import dev.neurite.NeuriteException;
import dev.neurite.data.batch.Batch;
import dev.neurite.data.batch.BatchPipeline;
import dev.neurite.engine.kernel.HostArrays;
import dev.neurite.layers.TensorShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Iterator;

/**
 * Hands the {@link Batch}es of a {@link BatchPipeline} to a network as {@code [batch, ...inputShape]} float arrays
 * (a flat {@code (784)} input and a {@code (28, 28, 1)} one read the same floats), reusing one native array per
 * batch size (filled with one bulk copy). Not thread-safe: one feeder per thread.
 */
public final class BatchFeeder {

    private final TensorShape inputShape;
    private final int perSample;
    private INDArray array;

    /** @param inputShape the network's per-sample input shape */
    public BatchFeeder(TensorShape inputShape) {
        this.inputShape = inputShape;
        this.perSample = (int) inputShape.size();
    }

    /**
     * The inputs of {@code batch} in the network's input shape.
     *
     * @return an array valid until the next call
     * @throws NeuriteException if the images do not have as many pixels as the input takes
     */
    public INDArray fill(Batch batch) {
        if (batch.pixelsPerImage() != perSample) {
            throw new NeuriteException("The model's input " + inputShape + " takes " + perSample
                    + " values per sample but the images have " + batch.pixelsPerImage() + " pixels.");
        }
        int count = batch.size();
        int length = count * perSample;
        if (array == null || array.length() != length) {
            long[] shape = new long[inputShape.rank() + 1];
            shape[0] = count;
            for (int d = 0; d < inputShape.rank(); d++) {
                shape[d + 1] = inputShape.dim(d);
            }
            array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        }
        HostArrays.write(batch.features(), 0, array, 0, length);
        return array;
    }

    /** Epoch 0 of {@code pipeline} as input arrays, e.g. for adapting Normalization layers; iterate on one thread. */
    public Iterable<INDArray> inputs(BatchPipeline pipeline) {
        return () -> new Iterator<>() {
            private final Iterator<Batch> batches = pipeline.epoch(0);

            @Override
            public boolean hasNext() {
                return batches.hasNext();
            }

            @Override
            public INDArray next() {
                return fill(batches.next());
            }
        };
    }
}
