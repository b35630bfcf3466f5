package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/** Keras {@code Activation}: applies an {@link ActivationOp}; any shape. Not thread-safe (see {@link Kernel}). */
public final class ActivationKernel implements Kernel {

    private final ActivationOp function;
    private INDArray input;
    private INDArray output;
    private INDArray gradInput;

    public ActivationKernel(ActivationOp function) {
        this.function = function;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        input = inputs.get(0);
        output = Buffers.reuse(output, input.dataType(), input.shape());
        function.forward(input, output);
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        gradInput = Buffers.reuse(gradInput, input.dataType(), input.shape());
        function.backward(input, output, gradientOfOutput, gradInput);
        return List.of(gradInput);
    }
}
