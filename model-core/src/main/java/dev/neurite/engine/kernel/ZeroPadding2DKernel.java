package dev.neurite.engine.kernel;

import dev.neurite.layers.Padding;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Keras {@code ZeroPadding2D}: zeros around each NHWC image. Input {@code [batch, h, w, c]}, output
 * {@code [batch, top + h + bottom, left + w + right, c]}. Not thread-safe (see {@link Kernel}).
 *
 * <p>Contiguous float arrays are copied a whole image row ({@code w * c} values) at a time, buffer to buffer;
 * others through libnd4j's strided assign (measured on m2-cnn's 32x28x28x32: 0.31 ms each way, BENCHMARKS.md,
 * session 6).
 */
public final class ZeroPadding2DKernel implements Kernel {

    private final int top;
    private final int bottom;
    private final int left;
    private final int right;
    /** Set by {@link ZeroPaddingConvFusion}: in training passes on floats the convolution after this layer pads. */
    private boolean leftToConvolution;
    /** Whether the last forward pass returned its input unpadded (its backward pass then returns the gradient). */
    private boolean passedThrough;
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
        passedThrough = leftToConvolution && training && x.dataType() == DataType.FLOAT;
        if (passedThrough) {
            return x;
        }
        long[] shape = {inputShape[0], top + inputShape[1] + bottom, left + inputShape[2] + right, inputShape[3]};
        INDArray previous = output;
        output = Buffers.reuse(output, x.dataType(), shape);
        if (output != previous) {
            output.assign(0); // the border stays zero across batches; only the interior is rewritten
        }
        if (HostArrays.direct(x) && HostArrays.direct(output)) {
            copyRows(HostArrays.floats(x), inputShape[2], HostArrays.floats(output), output.size(2), left, true);
        } else {
            interior(output).assign(x);
        }
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        if (passedThrough) {
            return List.of(gradientOfOutput);
        }
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), inputShape);
        if (HostArrays.direct(gradientOfOutput) && HostArrays.direct(gradInput)) {
            copyRows(HostArrays.floats(gradInput), inputShape[2], HostArrays.floats(gradientOfOutput),
                    gradientOfOutput.size(2), left, false);
        } else {
            gradInput.assign(interior(gradientOfOutput));
        }
        return List.of(gradInput);
    }

    /**
     * Copies each image row of the unpadded array into its place in the padded one ({@code intoPadded}) or back.
     * Both buffers are positioned at their arrays' first values; {@code inputShape} gives batch, h and channels.
     */
    private void copyRows(FloatBuffer unpadded, long width, FloatBuffer padded, long paddedWidth, int leftColumns,
                          boolean intoPadded) {
        int channels = (int) inputShape[3];
        int rowLength = (int) width * channels;
        long paddedHeight = top + inputShape[1] + bottom;
        int unpaddedStart = unpadded.position();
        int paddedStart = padded.position();
        for (long n = 0; n < inputShape[0]; n++) {
            for (long y = 0; y < inputShape[1]; y++) {
                int at = unpaddedStart + (int) ((n * inputShape[1] + y) * rowLength);
                int to = paddedStart + (int) (((n * paddedHeight + y + top) * paddedWidth + leftColumns) * channels);
                if (intoPadded) {
                    padded.put(to, unpadded, at, rowLength);
                } else {
                    unpadded.put(at, padded, to, rowLength);
                }
            }
        }
    }

    /**
     * Whether this padding before a convolution with {@code window} ({@code "valid"}) is that convolution's
     * {@code "same"} padding: stride 1, no dilation, an odd kernel and {@code (k - 1) / 2} zeros on each side.
     */
    boolean equalsSamePaddingOf(Window2D window) {
        return window.padding() == Padding.VALID && window.strideH() == 1 && window.strideW() == 1
                && window.dilationH() == 1 && window.dilationW() == 1
                && top == bottom && 2 * top == window.height() - 1
                && left == right && 2 * left == window.width() - 1;
    }

    /**
     * From now on, training passes on float arrays return the input unpadded and the gradient as it comes: the
     * convolution that alone consumes this layer pads instead ({@link ZeroPaddingConvFusion}). Called once, when the
     * network is assembled.
     */
    void passThroughInTraining() {
        leftToConvolution = true;
    }

    private INDArray interior(INDArray padded) {
        return padded.get(NDArrayIndex.all(),
                NDArrayIndex.interval(top, top + inputShape[1]),
                NDArrayIndex.interval(left, left + inputShape[2]),
                NDArrayIndex.all());
    }
}
