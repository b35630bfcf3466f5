package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Keras {@code Concatenate}: joins inputs along one axis (Keras's default -1, the channels). Axis numbers count the
 * batch dimension as 0, negative values count from the end. Not thread-safe (see {@link Kernel}).
 */
public final class ConcatenateKernel implements Kernel {

    private final int axis;
    private final List<long[]> inputShapes = new ArrayList<>();
    private final List<INDArray> gradInputs = new ArrayList<>();
    private int resolvedAxis;
    private INDArray output;

    public ConcatenateKernel(int axis) {
        this.axis = axis;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray first = inputs.get(0);
        resolvedAxis = axis < 0 ? first.rank() + axis : axis;
        if (resolvedAxis <= 0 || resolvedAxis >= first.rank()) {
            throw new IllegalArgumentException("Concatenate axis " + axis + " is outside the sample's axes");
        }
        inputShapes.clear();
        long[] shape = first.shape().clone();
        shape[resolvedAxis] = 0;
        for (INDArray x : inputs) {
            inputShapes.add(x.shape());
            shape[resolvedAxis] += x.size(resolvedAxis);
        }
        output = Buffers.reuse(output, first.dataType(), shape);
        long offset = 0;
        for (INDArray x : inputs) {
            long width = x.size(resolvedAxis);
            slice(output, offset, width).assign(x);
            offset += width;
        }
        return output;
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        while (gradInputs.size() < inputShapes.size()) {
            gradInputs.add(null);
        }
        List<INDArray> result = new ArrayList<>(inputShapes.size());
        long offset = 0;
        for (int i = 0; i < inputShapes.size(); i++) {
            long[] shape = inputShapes.get(i);
            INDArray g = Buffers.reuse(gradInputs.get(i), gradientOfOutput.dataType(), shape);
            gradInputs.set(i, g);
            g.assign(slice(gradientOfOutput, offset, shape[resolvedAxis]));
            offset += shape[resolvedAxis];
            result.add(g);
        }
        return result;
    }

    private INDArray slice(INDArray array, long offset, long width) {
        INDArrayIndex[] index = new INDArrayIndex[array.rank()];
        for (int d = 0; d < index.length; d++) {
            index[d] = d == resolvedAxis ? NDArrayIndex.interval(offset, offset + width) : NDArrayIndex.all();
        }
        return array.get(index);
    }
}
