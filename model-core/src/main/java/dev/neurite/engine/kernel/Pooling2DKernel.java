package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Keras {@code MaxPooling2D} and {@code AveragePooling2D} on NHWC input with libnd4j's pooling ops and their
 * {@code _bp} ops, or for 2x2 max pooling where that is faster, {@link HostMaxPool2x2}'s (the same values). With SAME
 * padding, padded cells never win a max and are not counted in an average, as in Keras.
 * Input {@code [batch, h, w, c]}, output {@code [batch, outH, outW, c]}. A max pooling may apply the ReLU of the
 * convolution before it in training passes ({@link ReluMaxPoolFusion}). Not thread-safe (see {@link Kernel}).
 */
public final class Pooling2DKernel implements Kernel {

    /** Which reduction the window applies. */
    public enum Mode { MAX, AVERAGE }

    private static final int NHWC = 1;
    private static final int EXCLUDE_PADDING = 0;

    private final Mode mode;
    private final Window2D window;
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;
    /** Set by {@link ReluMaxPoolFusion}: training passes on floats apply the convolution's ReLU after pooling. */
    private boolean reluFromConvolution;
    /** Whether the last forward pass applied ReLU (its backward pass then masks the gradient first). */
    private boolean reluApplied;
    private HostRelu hostRelu;
    private INDArray maskedGradient;
    /** The Java max pooling, made on first use; {@link #onHost}: whether the last forward pass used it. */
    private HostMaxPool2x2 host;
    private boolean onHost;

    public Pooling2DKernel(Mode mode, Window2D window) {
        this.mode = mode;
        this.window = window;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        input = inputs.get(0);
        output = Buffers.reuse(output, input.dataType(), window.outputShape(input.shape(), input.size(3)));
        reluApplied = reluFromConvolution && training && input.dataType() == DataType.FLOAT;
        onHost = mode == Mode.MAX && HostMaxPool2x2.PREFERRED && HostMaxPool2x2.fits(window, input);
        if (onHost) {
            if (host == null) {
                host = new HostMaxPool2x2();
            }
            host.forward(input, output, reluApplied);
            return output;
        }
        Ops.exec(opName(), Ops.in(input), Ops.out(output), Ops.none(), window.libnd4jArgs(EXCLUDE_PADDING, NHWC));
        if (reluApplied) {
            ActivationOp.RELU.forward(output, output);
        }
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        gradInput = Buffers.reuse(gradInput, input.dataType(), input.shape());
        if (onHost) {
            host.backward(input, output, gradientOfOutput, gradInput, reluApplied);
            return List.of(gradInput);
        }
        INDArray gradient = gradientOfOutput;
        if (reluApplied) {
            // ReLU's backward pass on the pooled array: the max pooling's backward pass then routes each value to
            // the window's maximum, which is positive wherever the pooled output is
            maskedGradient = Buffers.reuse(maskedGradient, output.dataType(), output.shape());
            hostRelu.backward(output, gradientOfOutput, maskedGradient);
            gradient = maskedGradient;
        }
        Ops.exec(opName() + "_bp", Ops.in(input, gradient), Ops.out(gradInput), Ops.none(),
                window.libnd4jArgs(EXCLUDE_PADDING, NHWC));
        return List.of(gradInput);
    }

    /** Whether this is a max pooling (which may apply the ReLU of the convolution before it). */
    boolean isMax() {
        return mode == Mode.MAX;
    }

    /**
     * From now on, training passes on float arrays apply ReLU to the pooled output (the convolution before this layer
     * left it out: {@link ReluMaxPoolFusion}). Called once, when the network is assembled; only for max pooling.
     */
    void applyReluOfConvolution() {
        if (mode != Mode.MAX) {
            throw new IllegalStateException("only a max pooling commutes with ReLU");
        }
        reluFromConvolution = true;
        hostRelu = new HostRelu();
    }

    private String opName() {
        return mode == Mode.MAX ? "maxpool2d" : "avgpool2d";
    }
}
