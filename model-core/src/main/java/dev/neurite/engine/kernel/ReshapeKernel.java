package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Keras {@code Flatten} and {@code Reshape}: a view of the input with another per-sample shape (c-order, so the
 * element order is Keras's channels-last order). Not thread-safe (see {@link Kernel}).
 */
public final class ReshapeKernel implements Kernel {

    private final long[] targetShape;
    private long[] inputShape;

    /** @param targetShape the per-sample output shape, without the batch dimension */
    public ReshapeKernel(long... targetShape) {
        this.targetShape = targetShape.clone();
    }

    /** A kernel that flattens each sample to one dimension. */
    public static ReshapeKernel flatten(long perSample) {
        return new ReshapeKernel(perSample);
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        inputShape = x.shape();
        return x.reshape('c', Buffers.withBatch(x.size(0), targetShape));
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        return List.of(gradientOfOutput.reshape('c', inputShape));
    }
}
