package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/** Keras {@code Rescaling}: {@code x * scale + offset}; any shape. Not thread-safe (see {@link Kernel}). */
public final class RescalingKernel implements Kernel {

    private final double scale;
    private final double offset;
    private INDArray output;
    private INDArray gradInput;

    public RescalingKernel(double scale, double offset) {
        this.scale = scale;
        this.offset = offset;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        output = Buffers.reuse(output, x.dataType(), x.shape());
        output.assign(x).muli(scale).addi(offset);
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), gradientOfOutput.shape());
        gradInput.assign(gradientOfOutput).muli(scale);
        return List.of(gradInput);
    }
}
