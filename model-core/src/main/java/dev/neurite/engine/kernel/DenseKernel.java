package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Keras {@code Dense}: {@code activation(x . kernel + bias)} over the last axis, with gemm into preallocated buffers.
 * Input {@code [batch, ..., in]}, kernel {@code [in, units]}, bias {@code [units]}, output {@code [batch, ..., units]}.
 * Not thread-safe (see {@link Kernel}).
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
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        long in = kernel.value().size(0);
        long rows = x.length() / in;
        inputShape = x.shape();
        input2d = x.reshape(rows, in);
        linear = Buffers.reuse(linear, x.dataType(), rows, units);
        Nd4j.gemm(input2d, kernel.value(), linear, false, false, 1.0, 0.0);
        if (bias != null) {
            linear.addiRowVector(bias.value());
        }
        INDArray activated = linear;
        if (activation != ActivationOp.LINEAR) {
            output = Buffers.reuse(output, x.dataType(), rows, units);
            activation.forward(linear, output);
            activated = output;
        }
        long[] shape = x.shape().clone();
        shape[shape.length - 1] = units;
        return activated.reshape(shape);
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
        if (activation != ActivationOp.LINEAR) {
            gradLinear = Buffers.reuse(gradLinear, gradOut.dataType(), linear.shape());
            activation.backward(linear, output, gradOut, gradLinear);
            gradZ = gradLinear;
        }
        Nd4j.gemm(input2d, gradZ, kernel.gradient(), true, false, 1.0, 0.0);
        if (bias != null) {
            bias.gradient().assign(gradZ.sum(0));
        }
        if (!inputGradient) {
            return java.util.Collections.singletonList(null);
        }
        gradInput = Buffers.reuse(gradInput, gradOut.dataType(), input2d.shape());
        Nd4j.gemm(gradZ, kernel.value(), gradInput, false, true, 1.0, 0.0);
        return List.of(gradInput.reshape(inputShape));
    }

    @Override
    public List<Parameter> parameters() {
        return Kernel.present(kernel, bias);
    }
}
