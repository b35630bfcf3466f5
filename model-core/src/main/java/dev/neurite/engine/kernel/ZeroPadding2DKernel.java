package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;

/**
 * Keras {@code ZeroPadding2D}: zeros around each NHWC image. Input {@code [batch, h, w, c]}, output
 * {@code [batch, top + h + bottom, left + w + right, c]}. Not thread-safe (see {@link Kernel}).
 */
public final class ZeroPadding2DKernel implements Kernel {

    private final int top;
    private final int bottom;
    private final int left;
    private final int right;
    private long[] inputShape;
    private INDArray output;
    private INDArray gradInput;

    public ZeroPadding2DKernel(int top, int bottom, int left, int right) {
        if (top < 0 || bottom < 0 || left < 0 || right < 0) {
            throw new IllegalArgumentException("ZeroPadding2D padding must be >= 0; got top " + top + ", bottom "
                    + bottom + ", left " + left + ", right " + right);
        }
        this.top = top;
        this.bottom = bottom;
        this.left = left;
        this.right = right;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        inputShape = x.shape();
        long[] shape = {inputShape[0], top + inputShape[1] + bottom, left + inputShape[2] + right, inputShape[3]};
        INDArray previous = output;
        output = Buffers.reuse(output, x.dataType(), shape);
        if (output != previous) {
            output.assign(0); // the border stays zero across batches; only the interior is rewritten
        }
        interior(output).assign(x);
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), inputShape);
        gradInput.assign(interior(gradientOfOutput));
        return List.of(gradInput);
    }

    private INDArray interior(INDArray padded) {
        return padded.get(NDArrayIndex.all(),
                NDArrayIndex.interval(top, top + inputShape[1]),
                NDArrayIndex.interval(left, left + inputShape[2]),
                NDArrayIndex.all());
    }
}
