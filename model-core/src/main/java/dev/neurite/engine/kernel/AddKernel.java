package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras {@code Add}: the elementwise sum of inputs of one shape. The gradient of every input is the output's
 * gradient (the same array, which callers must treat as read-only). Not thread-safe (see {@link Kernel}).
 */
public final class AddKernel implements Kernel {

    private int inputCount;
    private INDArray output;

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray first = inputs.get(0);
        inputCount = inputs.size();
        output = Buffers.reuse(output, first.dataType(), first.shape());
        output.assign(first);
        for (int i = 1; i < inputs.size(); i++) {
            output.addi(inputs.get(i));
        }
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        List<INDArray> gradients = new ArrayList<>(inputCount);
        for (int i = 0; i < inputCount; i++) {
            gradients.add(gradientOfOutput);
        }
        return gradients;
    }
}
