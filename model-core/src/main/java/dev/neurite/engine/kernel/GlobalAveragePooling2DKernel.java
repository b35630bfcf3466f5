package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Keras {@code GlobalAveragePooling2D}: the mean over height and width. Input {@code [batch, h, w, c]}, output
 * {@code [batch, c]}, or {@code [batch, 1, 1, c]} with {@code keepdims}. Not thread-safe (see {@link Kernel}).
 */
public final class GlobalAveragePooling2DKernel implements Kernel {

    private final boolean keepdims;

    public GlobalAveragePooling2DKernel(boolean keepdims) {
        this.keepdims = keepdims;
    }

    private long[] inputShape;
    private INDArray output;
    private INDArray gradInput;

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        inputShape = x.shape();
        output = Buffers.reuse(output, x.dataType(), inputShape[0], inputShape[3]);
        long cells = inputShape[1] * inputShape[2];
        output.assign(x.reshape(inputShape[0], cells, inputShape[3]).mean(1));
        return keepdims ? output.reshape(inputShape[0], 1, 1, inputShape[3]) : output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        long batch = inputShape[0];
        long cells = inputShape[1] * inputShape[2];
        long channels = inputShape[3];
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), inputShape);
        INDArray spread = gradInput.reshape(batch, cells, channels);
        INDArray perCell = gradientOfOutput.reshape(batch, channels).div(cells).reshape(batch, 1, channels);
        spread.assign(perCell.broadcast(batch, cells, channels));
        return List.of(gradInput);
    }
}
