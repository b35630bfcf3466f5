package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import dev.neurite.layers.Padding;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.List;

/**
 * Keras {@code Conv2D} on NHWC input with libnd4j's {@code conv2d}/{@code conv2d_bp} (oneDNN where the native variant
 * has it). Input {@code [batch, h, w, in_channels]}, kernel {@code [kh, kw, in_channels, filters]}, bias
 * {@code [filters]}, output {@code [batch, outH, outW, filters]}. Not thread-safe (see {@link Kernel}).
 *
 * <p>On float arrays (training's type) some parts run outside {@code conv2d_bp} (measured, BENCHMARKS.md): ReLU's
 * backward pass in Java ({@link HostRelu}: libnd4j's {@code relu_bp} took 1.8-8 ms a batch on quick-cnn's layers),
 * the bias gradient as a ones gemm ({@link ChannelSums}: {@code conv2d_bp}'s reduction took 1.3 ms), and, when
 * nothing upstream learns (the first convolution of a model, usually on 1 or 3 channels), the weight gradients
 * alone as one gemm over the input's patches ({@link ConvWeightGradients}): oneDNN's {@code conv2d_bp} always
 * computes the input gradient too and is slow on few input channels. When a max pooling alone consumes the layer's
 * output, training passes leave ReLU to it ({@link ReluMaxPoolFusion}); when a ZeroPadding2D alone feeds it the zeros a
 * {@code "same"} padding would add, training passes pad here instead ({@link ZeroPaddingConvFusion}).
 */
public final class Conv2DKernel implements Kernel {

    private static final int NHWC = 1;
    private static final int KERNEL_HWIO = 0;

    private final Parameter kernel;
    private final Parameter bias;
    private final Window2D window;
    /** The window with {@code "same"} padding, for training passes that pad for a linked ZeroPadding2D. */
    private final Window2D sameWindow;
    private final ActivationOp activation;
    private final boolean inputGradientNeeded;

    private final HostRelu hostRelu = new HostRelu();
    private final ChannelSums biasGradients = new ChannelSums();
    private final ConvWeightGradients weightGradients;
    /** Set by {@link ReluMaxPoolFusion}: in training passes on floats the max pooling after this layer applies ReLU. */
    private boolean reluDeferred;
    /** Whether the last forward pass left ReLU to the max pooling (its backward pass gets ReLU's gradient). */
    private boolean reluLeftToPooling;
    /** Set by {@link ZeroPaddingConvFusion}: in training passes on floats this layer pads its unpadded input. */
    private boolean padsInTraining;
    /** The window of the last forward pass ({@link #window}, or {@link #sameWindow} when it padded). */
    private Window2D passWindow;

    private INDArray input;
    private INDArray linear;
    private INDArray output;
    private INDArray gradLinear;
    private INDArray gradInput;

    /**
     * @param kernel     {@code [kh, kw, in_channels, filters]}
     * @param bias       {@code [filters]} or {@code null}
     * @param window     kernel size, strides, dilation and padding (must agree with the kernel's shape)
     * @param activation applied after the convolution
     */
    public Conv2DKernel(Parameter kernel, Parameter bias, Window2D window, ActivationOp activation) {
        this(kernel, bias, window, activation, true);
    }

    /**
     * @param inputGradientNeeded false when nothing upstream learns (the layer right after the input): the backward
     *                            pass then returns no input gradient and, on float arrays, skips computing it
     */
    public Conv2DKernel(Parameter kernel, Parameter bias, Window2D window, ActivationOp activation,
                        boolean inputGradientNeeded) {
        long[] k = kernel.value().shape();
        if (k.length != 4 || k[0] != window.height() || k[1] != window.width()) {
            throw new IllegalArgumentException("Conv2D kernel shape " + java.util.Arrays.toString(k)
                    + " does not match window " + window.height() + "x" + window.width());
        }
        this.kernel = kernel;
        this.bias = bias;
        this.window = window;
        this.sameWindow = new Window2D(window.height(), window.width(), window.strideH(), window.strideW(),
                window.dilationH(), window.dilationW(), Padding.SAME);
        this.activation = activation;
        this.inputGradientNeeded = inputGradientNeeded;
        this.weightGradients = new ConvWeightGradients();
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        input = inputs.get(0);
        passWindow = padsInTraining && training && input.dataType() == DataType.FLOAT ? sameWindow : window;
        long filters = kernel.value().size(3);
        linear = Buffers.reuse(linear, input.dataType(), passWindow.outputShape(input.shape(), filters));
        INDArray[] in = bias == null ? Ops.in(input, kernel.value()) : Ops.in(input, kernel.value(), bias.value());
        Ops.exec("conv2d", in, Ops.out(linear), Ops.none(), passWindow.libnd4jArgs(NHWC, KERNEL_HWIO));
        reluLeftToPooling = reluDeferred && training && floats();
        if (activation == ActivationOp.LINEAR || reluLeftToPooling) {
            return linear;
        }
        output = Buffers.reuse(output, input.dataType(), linear.shape());
        activation.forward(linear, output);
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        return backward(gradientOfOutput, inputGradientNeeded);
    }

    @Override
    public List<INDArray> backwardToInput(INDArray gradientOfOutput) {
        return backward(gradientOfOutput, true);
    }

    private List<INDArray> backward(INDArray gradientOfOutput, boolean inputGradient) {
        boolean weightsOnly = !inputGradient && floats();
        boolean javaRelu = activation == ActivationOp.RELU && floats() && !reluLeftToPooling;
        // with the Java ReLU before conv2d_bp (or ReLU's gradient from the pooling), the bias gradient comes from a
        // ones gemm, not libnd4j's slower reduction in conv2d_bp
        boolean ownBiasGradient = bias != null && (javaRelu || reluLeftToPooling) && !weightsOnly;
        INDArray gradZ = gradientOfOutput;
        if (activation != ActivationOp.LINEAR && !reluLeftToPooling) {
            gradLinear = Buffers.reuse(gradLinear, input.dataType(), linear.shape());
            if (javaRelu) {
                hostRelu.backward(output, gradientOfOutput, gradLinear);
            } else {
                activation.backward(linear, output, gradientOfOutput, gradLinear);
            }
            gradZ = gradLinear;
        }
        if (ownBiasGradient) {
            biasGradients.compute(gradZ, bias.gradient());
        }
        if (weightsOnly) {
            weightGradients.compute(passWindow, input, gradZ, kernel.gradient(),
                    bias == null ? null : bias.gradient());
            return Collections.singletonList(null);
        }
        gradInput = Buffers.reuse(gradInput, input.dataType(), input.shape());
        boolean bpBias = bias != null && !ownBiasGradient;
        INDArray[] in = bpBias
                ? Ops.in(input, kernel.value(), bias.value(), gradZ)
                : Ops.in(input, kernel.value(), gradZ);
        INDArray[] out = bpBias
                ? Ops.out(gradInput, kernel.gradient(), bias.gradient())
                : Ops.out(gradInput, kernel.gradient());
        Ops.exec("conv2d_bp", in, out, Ops.none(), passWindow.libnd4jArgs(NHWC, KERNEL_HWIO));
        return inputGradient ? List.of(gradInput) : Collections.singletonList(null);
    }

    /** Whether ReLU is this layer's activation (and so may be left to a max pooling after it). */
    boolean appliesRelu() {
        return activation == ActivationOp.RELU;
    }

    /**
     * From now on, training passes on float arrays return the convolution before ReLU, and their backward passes take
     * ReLU's gradient: the max pooling that alone consumes this layer's output applies ReLU instead
     * ({@link ReluMaxPoolFusion}). Called once, when the network is assembled.
     */
    void deferReluToPooling() {
        reluDeferred = true;
    }

    /** Kernel size, strides, dilation and padding as the model gives them. */
    Window2D window() {
        return window;
    }

    /**
     * From now on, training passes on float arrays take the unpadded input of the ZeroPadding2D layer before this one
     * and pad it here, with {@code "same"} padding ({@link ZeroPaddingConvFusion}). Called once, when the network is
     * assembled.
     */
    void padInTraining() {
        padsInTraining = true;
    }

    /** Whether the Java paths apply: the input, the kernel and its gradient are float arrays. */
    private boolean floats() {
        return input.dataType() == DataType.FLOAT && kernel.value().dataType() == DataType.FLOAT
                && (kernel.gradient() == null || kernel.gradient().dataType() == DataType.FLOAT);
    }

    @Override
    public List<Parameter> parameters() {
        return Kernel.present(kernel, bias);
    }
}
