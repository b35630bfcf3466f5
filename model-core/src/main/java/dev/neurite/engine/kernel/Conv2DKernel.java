package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.List;

/**
 * Keras {@code Conv2D} on NHWC input. Input {@code [batch, h, w, in_channels]}, kernel
 * {@code [kh, kw, in_channels, filters]}, bias {@code [filters]}, output {@code [batch, outH, outW, filters]}.
 * Not thread-safe (see {@link Kernel}).
 *
 * <p>Float arrays go through {@link GemmConvolution} (im2col and gemm, with ReLU fused into Java passes over the
 * output and its gradient); other types through libnd4j's {@code conv2d}/{@code conv2d_bp} (oneDNN where the native
 * variant has it). Measured on the lessons' layers (BENCHMARKS.md, session 6), oneDNN's {@code conv2d_bp} ran at
 * about 100 GFLOP/s and libnd4j's {@code relu_bp} took 1.8-5 ms a batch, where the gemms run at 300+ GFLOP/s.
 * When nothing upstream learns (the first convolution of a model) the backward pass computes only the weight
 * gradients.
 */
public final class Conv2DKernel implements Kernel {

    private static final int NHWC = 1;
    private static final int KERNEL_HWIO = 0;

    private final Parameter kernel;
    private final Parameter bias;
    private final Window2D window;
    private final ActivationOp activation;
    private final boolean inputGradientNeeded;

    private final GemmConvolution gemm;

    private INDArray input;
    private boolean gemmPath;
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
        this.activation = activation;
        this.inputGradientNeeded = inputGradientNeeded;
        this.gemm = new GemmConvolution(window);
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        input = inputs.get(0);
        long filters = kernel.value().size(3);
        gemmPath = GemmConvolution.supports(input.dataType()) && GemmConvolution.supports(kernel.value().dataType());
        if (gemmPath && fused()) {
            output = Buffers.reuse(output, input.dataType(), window.outputShape(input.shape(), filters));
            gemm.forward(input, kernel.value(), biasValue(), activation == ActivationOp.RELU, output);
            return output;
        }
        linear = Buffers.reuse(linear, input.dataType(), window.outputShape(input.shape(), filters));
        if (gemmPath) {
            gemm.forward(input, kernel.value(), biasValue(), false, linear);
            return activate();
        }
        INDArray[] in = bias == null ? Ops.in(input, kernel.value()) : Ops.in(input, kernel.value(), bias.value());
        Ops.exec("conv2d", in, Ops.out(linear), Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        return activate();
    }

    /** Whether the activation is done inside {@link GemmConvolution}'s own passes. */
    private boolean fused() {
        return activation == ActivationOp.RELU || activation == ActivationOp.LINEAR;
    }

    private INDArray biasValue() {
        return bias == null ? null : bias.value();
    }

    private INDArray activate() {
        if (activation == ActivationOp.LINEAR) {
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
        if (gemmPath) {
            INDArray gradZ = gradientOfOutput;
            if (!fused()) {
                gradLinear = Buffers.reuse(gradLinear, input.dataType(), linear.shape());
                activation.backward(linear, output, gradientOfOutput, gradLinear);
                gradZ = gradLinear;
            }
            gradInput = inputGradient ? Buffers.reuse(gradInput, input.dataType(), input.shape()) : null;
            gemm.backward(gradZ, kernel.value(), kernel.gradient(), bias == null ? null : bias.gradient(), gradInput);
            return inputGradient ? List.of(gradInput) : Collections.singletonList(null);
        }
        INDArray gradZ = gradientOfOutput;
        if (activation != ActivationOp.LINEAR) {
            gradLinear = Buffers.reuse(gradLinear, input.dataType(), linear.shape());
            activation.backward(linear, output, gradientOfOutput, gradLinear);
            gradZ = gradLinear;
        }
        gradInput = Buffers.reuse(gradInput, input.dataType(), input.shape());
        INDArray[] in = bias == null
                ? Ops.in(input, kernel.value(), gradZ)
                : Ops.in(input, kernel.value(), bias.value(), gradZ);
        INDArray[] out = bias == null
                ? Ops.out(gradInput, kernel.gradient())
                : Ops.out(gradInput, kernel.gradient(), bias.gradient());
        Ops.exec("conv2d_bp", in, out, Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        return inputGradient ? List.of(gradInput) : Collections.singletonList(null);
    }

    @Override
    public List<Parameter> parameters() {
        return Kernel.present(kernel, bias);
    }
}
