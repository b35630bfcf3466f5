package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Keras {@code Dense}: {@code activation(x . kernel + bias)} over the last axis, with gemm into preallocated buffers.
 * Input {@code [batch, ..., in]}, kernel {@code [in, units]}, bias {@code [units]}, output {@code [batch, ..., units]}.
 * In float networks with a {@code linear}, {@code relu} or {@code softmax} activation the bias, the activation and
 * their derivatives (with the bias gradient) run as one Java pass each around the gemms ({@link HostActivation});
 * otherwise, and in double networks (gradient checks), as libnd4j ops. A float layer's input gradient for a batch much
 * smaller than its input width comes from the transposed product ({@link TransposedProduct}: m2-cnn's Dense after
 * Flatten, 1.0 ms a batch by the direct gemm, 0.45 ms so). A float layer whose product is large enough splits its
 * products along the kernel's rows over two threads ({@link KernelHalves}). Not thread-safe (see {@link Kernel}).
 */
public final class DenseKernel implements Kernel {

    private final Parameter kernel;
    private final Parameter bias;
    private final ActivationOp activation;
    private final long units;
    private final boolean inputGradientNeeded;

    private long[] inputShape;
    private INDArray input2d;
    private INDArray linear;
    private INDArray output;
    private INDArray gradLinear;
    private INDArray gradInput;
    private final boolean onHost;
    private float[] hostLinear;
    private float[] hostOutput;
    private float[] hostGradient;
    private float[] hostGradLinear;
    private float[] hostBias;
    private float[] hostBiasGradient;
    private final TransposedProduct transposedProduct = new TransposedProduct();
    private final KernelHalves halves = new KernelHalves();
    /** Whether the last forward pass split its product ({@link KernelHalves}); the backward pass then does too. */
    private boolean split;

    /**
     * @param kernel     {@code [in, units]}
     * @param bias       {@code [units]}, or {@code null} for {@code use_bias=False}
     * @param activation applied after the affine map; {@link ActivationOp#LINEAR} for none
     */
    public DenseKernel(Parameter kernel, Parameter bias, ActivationOp activation) {
        this(kernel, bias, activation, true);
    }

    /**
     * @param inputGradientNeeded false when nothing upstream learns (the layer right after the input): the backward
     *                            pass then skips the gemm for dL/d(input) and returns no input gradient
     */
    public DenseKernel(Parameter kernel, Parameter bias, ActivationOp activation, boolean inputGradientNeeded) {
        this.inputGradientNeeded = inputGradientNeeded;
        this.kernel = kernel;
        this.bias = bias;
        this.activation = activation;
        this.units = kernel.value().size(1);
        this.onHost = kernel.value().dataType() == org.nd4j.linalg.api.buffer.DataType.FLOAT
                && HostActivation.supports(activation);
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        long in = kernel.value().size(0);
        long rows = x.length() / in;
        inputShape = x.shape();
        input2d = x.reshape(rows, in);
        linear = Buffers.reuse(linear, x.dataType(), rows, units);
        split = onHost && HostArrays.direct(input2d) && KernelHalves.pays(rows, in, units);
        float[] product = null;
        if (split) {
            product = halves.forward(input2d, kernel.value());
        } else {
            Gemm.multiply(input2d, kernel.value(), linear, false, false);
        }
        long[] shape = x.shape().clone();
        shape[shape.length - 1] = units;
        if (onHost) {
            return forwardOnHost((int) rows, product).reshape(shape);
        }
        if (bias != null) {
            linear.addiRowVector(bias.value());
        }
        INDArray activated = linear;
        if (activation != ActivationOp.LINEAR) {
            output = Buffers.reuse(output, x.dataType(), rows, units);
            activation.forward(linear, output);
            activated = output;
        }
        return activated.reshape(shape);
    }

    /**
     * Bias and activation in Java over the product, in {@code linear} or, when split, in {@code product}; returns
     * the activated buffer.
     */
    private INDArray forwardOnHost(int rows, float[] product) {
        int length = rows * (int) units;
        if (activation == ActivationOp.LINEAR && bias == null) {
            if (product != null) {
                HostArrays.write(product, 0, linear, 0, length);
            }
            return linear;
        }
        if (product != null) {
            hostLinear = product;
        } else {
            hostLinear = HostBuffers.floats(hostLinear, length);
            HostArrays.read(linear, hostLinear);
        }
        if (bias != null) {
            hostBias = HostBuffers.floats(hostBias, (int) units);
            HostArrays.read(bias.value(), hostBias);
        }
        if (activation == ActivationOp.LINEAR) {
            HostActivation.forward(activation, hostLinear, hostBias, null, rows, (int) units);
            HostArrays.write(hostLinear, 0, linear, 0, length);
            return linear;
        }
        hostOutput = HostBuffers.floats(hostOutput, length);
        HostActivation.forward(activation, hostLinear, bias == null ? null : hostBias, hostOutput, rows, (int) units);
        output = Buffers.reuse(output, linear.dataType(), linear.shape());
        HostArrays.write(hostOutput, 0, output, 0, length);
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
        INDArray gradOut = gradientOfOutput.reshape(linear.shape());
        INDArray gradZ = gradOut;
        if (onHost) {
            gradZ = backwardOnHost(gradOut);
        } else if (activation != ActivationOp.LINEAR) {
            gradLinear = Buffers.reuse(gradLinear, gradOut.dataType(), linear.shape());
            activation.backward(linear, output, gradOut, gradLinear);
            gradZ = gradLinear;
        }
        if (split) {
            if (inputGradient) {
                gradInput = Buffers.reuse(gradInput, gradOut.dataType(), input2d.shape());
            }
            halves.backward(gradZ, kernel.value(), kernel.gradient(), inputGradient ? gradInput : null);
            return inputGradient ? List.of(gradInput.reshape(inputShape)) : java.util.Collections.singletonList(null);
        }
        Gemm.multiply(input2d, gradZ, kernel.gradient(), true, false);
        if (bias != null && !onHost) {
            bias.gradient().assign(gradZ.sum(0));
        }
        if (!inputGradient) {
            return java.util.Collections.singletonList(null);
        }
        gradInput = Buffers.reuse(gradInput, gradOut.dataType(), input2d.shape());
        if (onHost && TransposedProduct.pays(gradZ.size(0), kernel.value().size(0))) {
            transposedProduct.multiply(gradZ, kernel.value(), gradInput);
        } else {
            Gemm.multiply(gradZ, kernel.value(), gradInput, false, true);
        }
        return List.of(gradInput.reshape(inputShape));
    }

    /**
     * dL/d(pre-activation) from dL/d(output) in Java, with the bias gradient written to its buffer; returns the
     * pre-activation's gradient as a native array for the gemms.
     */
    private INDArray backwardOnHost(INDArray gradOut) {
        if (activation == ActivationOp.LINEAR && bias == null && HostArrays.direct(gradOut)) {
            return gradOut;
        }
        int rows = (int) linear.size(0);
        int length = rows * (int) units;
        hostGradient = HostBuffers.floats(hostGradient, length);
        HostArrays.read(gradOut, hostGradient);
        float[] gradZ = hostGradient;
        if (activation != ActivationOp.LINEAR) {
            hostGradLinear = HostBuffers.floats(hostGradLinear, length);
            gradZ = hostGradLinear;
        }
        if (bias != null) {
            hostBiasGradient = HostBuffers.floats(hostBiasGradient, (int) units);
        }
        HostActivation.backward(activation, hostOutput, hostGradient, gradZ,
                bias == null ? null : hostBiasGradient, rows, (int) units);
        if (bias != null) {
            HostArrays.write(hostBiasGradient, bias.gradient());
        }
        if (activation == ActivationOp.LINEAR && HostArrays.direct(gradOut)) {
            return gradOut;
        }
        gradLinear = Buffers.reuse(gradLinear, linear.dataType(), linear.shape());
        HostArrays.write(gradZ, 0, gradLinear, 0, length);
        return gradLinear;
    }

    @Override
    public List<Parameter> parameters() {
        return Kernel.present(kernel, bias);
    }
}
