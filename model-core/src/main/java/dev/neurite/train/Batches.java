package dev.neurite.train;

import dev.neurite.layers.TensorShape;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The samples of an {@link Examples} in order as input batches, e.g. for adapting Normalization layers. Each batch
 * array is reused by the next one. Iterate on one thread.
 */
public final class Batches implements Iterable<INDArray> {

    private final Examples examples;
    private final TensorShape inputShape;
    private final int batchSize;

    public Batches(Examples examples, TensorShape inputShape, int batchSize) {
        this.examples = examples;
        this.inputShape = inputShape;
        this.batchSize = batchSize;
    }

    @Override
    public Iterator<INDArray> iterator() {
        BatchFeeder feeder = new BatchFeeder(inputShape);
        return new Iterator<>() {
            private int start;

            @Override
            public boolean hasNext() {
                return start < examples.size();
            }

            @Override
            public INDArray next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int count = Math.min(batchSize, examples.size() - start);
                INDArray batch = feeder.fill(examples, null, start, count);
                start += count;
                return batch;
            }
        };
    }
}
