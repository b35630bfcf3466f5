package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/** Reuse of preallocated arrays across batches: a new array only when the shape or data type changes. */
public final class Buffers {

    private Buffers() {
    }

    /**
     * Returns {@code current} when it already has {@code shape} and {@code type}, otherwise a new uninitialised
     * c-order array of that shape.
     */
    public static INDArray reuse(INDArray current, DataType type, long... shape) {
        if (current != null && current.dataType() == type && Arrays.equals(current.shape(), shape)) {
            return current;
        }
        return Nd4j.createUninitialized(type, shape, 'c');
    }

    /** The shape of {@code array} with its first (batch) dimension replaced by {@code batch}. */
    public static long[] withBatch(long batch, long... shapeWithoutBatch) {
        long[] shape = new long[shapeWithoutBatch.length + 1];
        shape[0] = batch;
        System.arraycopy(shapeWithoutBatch, 0, shape, 1, shapeWithoutBatch.length);
        return shape;
    }

    /** The number of elements per sample: the product of all dimensions but the first. */
    public static long perSample(INDArray array) {
        return array.length() / array.size(0);
    }
}
