package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Keras {@code UpSampling2D} with nearest interpolation on NHWC input: every pixel repeated {@code rows x cols}
 * times. Input {@code [batch, h, w, c]}, output {@code [batch, h * rows, w * cols, c]}; the gradient of an input
 * pixel is the sum of the gradients of its block. Not thread-safe (see {@link Kernel}).
 */
public final class UpSampling2DKernel implements Kernel {

    private final int rows;
    private final int cols;
    private long[] inputShape;
    private INDArray output;
    private INDArray gradInput;

    public UpSampling2DKernel(int rows, int cols) {
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException("UpSampling2D size must be positive; got (" + rows + ", " + cols + ")");
        }
        this.rows = rows;
        this.cols = cols;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        inputShape = x.shape();
        long b = inputShape[0];
        long h = inputShape[1];
        long w = inputShape[2];
        long c = inputShape[3];
        output = Buffers.reuse(output, x.dataType(), b, h * rows, w * cols, c);
        // [b, h, 1, w, 1, c] broadcast to [b, h, rows, w, cols, c] is the output in row-major order
        INDArray blocks = x.reshape('c', b, h, 1, w, 1, c).broadcast(b, h, rows, w, cols, c);
        output.assign(blocks.reshape('c', b, h * rows, w * cols, c));
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        long b = inputShape[0];
        long h = inputShape[1];
        long w = inputShape[2];
        long c = inputShape[3];
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), inputShape);
        INDArray blocks = gradientOfOutput.dup('c').reshape('c', b, h, rows, w, cols, c);
        gradInput.assign(blocks.sum(2, 4));
        return List.of(gradInput);
    }
}
