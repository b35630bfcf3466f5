package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;

/**
 * Keras {@code Normalization} over the last axis: {@code (x - mean) / max(sqrt(variance), 1e-7)} with constant
 * (non-trainable) mean and variance of shape {@code [c]}, and a scalar {@code count} of the samples they were adapted
 * from. Input and output {@code [batch, ..., c]}. Not thread-safe (see {@link Kernel}).
 */
public final class NormalizationKernel implements Kernel {

    /** Keras's {@code backend.epsilon()}, the floor of the standard deviation. */
    public static final double EPSILON = 1e-7;

    private final Parameter mean;
    private final Parameter variance;
    private final Parameter count;
    private INDArray inverseStd;
    private long[] shape;
    private INDArray output;
    private INDArray gradInput;

    public NormalizationKernel(Parameter mean, Parameter variance, Parameter count) {
        this.mean = mean;
        this.variance = variance;
        this.count = count;
    }

    /**
     * Sets mean, variance and count from data, as Keras's {@code adapt}: statistics over every axis but the last.
     *
     * @param data {@code [samples, ..., c]}
     */
    public void adapt(INDArray data) {
        long channels = mean.value().length();
        INDArray rows = data.reshape(data.length() / channels, channels);
        mean.value().assign(rows.mean(0).reshape(mean.value().shape()));
        variance.value().assign(rows.var(false, 0).reshape(variance.value().shape()));
        count.value().assign(rows.size(0));
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        shape = x.shape();
        long channels = shape[shape.length - 1];
        INDArray rows = x.reshape(x.length() / channels, channels);
        INDArray std = Transforms.max(Transforms.sqrt(variance.value().reshape(channels), true), EPSILON, false);
        inverseStd = std.rdivi(1).castTo(x.dataType());
        output = Buffers.reuse(output, x.dataType(), rows.shape());
        output.assign(rows).subiRowVector(mean.value().reshape(channels).castTo(x.dataType()))
                .muliRowVector(inverseStd);
        return output.reshape(shape);
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        gradInput = Buffers.reuse(gradInput, gradientOfOutput.dataType(), output.shape());
        gradInput.assign(gradientOfOutput.reshape(output.shape())).muliRowVector(inverseStd);
        return List.of(gradInput.reshape(shape));
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(mean, variance, count);
    }
}
