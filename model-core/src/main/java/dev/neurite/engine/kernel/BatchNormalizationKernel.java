package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;

/**
 * Keras {@code BatchNormalization} over the last axis. Training: normalise with the batch's mean and (biased)
 * variance and update {@code moving = moving * momentum + batch * (1 - momentum)}; inference: normalise with the
 * moving statistics. Input and output {@code [batch, ..., c]}; gamma, beta, moving_mean, moving_variance {@code [c]}.
 * Not thread-safe (see {@link Kernel}).
 */
public final class BatchNormalizationKernel implements Kernel {

    private final Parameter gamma;
    private final Parameter beta;
    private final Parameter movingMean;
    private final Parameter movingVariance;
    private final double momentum;
    private final double epsilon;

    private long[] shape;
    private boolean trainingPass;
    private INDArray normalized;
    private INDArray inverseStd;
    private INDArray output;
    private INDArray gradInput;

    /**
     * @param gamma          scale {@code [c]}, or {@code null} for {@code scale=False}
     * @param beta           offset {@code [c]}, or {@code null} for {@code center=False}
     * @param movingMean     {@code [c]}, not trainable
     * @param movingVariance {@code [c]}, not trainable
     * @param momentum       Keras's default 0.99
     * @param epsilon        Keras's default 1e-3
     */
    public BatchNormalizationKernel(Parameter gamma, Parameter beta, Parameter movingMean, Parameter movingVariance,
                                    double momentum, double epsilon) {
        this.gamma = gamma;
        this.beta = beta;
        this.movingMean = movingMean;
        this.movingVariance = movingVariance;
        this.momentum = momentum;
        this.epsilon = epsilon;
    }

    @Override
    public INDArray forward(List<INDArray> inputs, boolean training) {
        INDArray x = inputs.get(0);
        shape = x.shape();
        trainingPass = training;
        long channels = shape[shape.length - 1];
        INDArray rows = x.reshape(x.length() / channels, channels);
        INDArray mean;
        INDArray variance;
        if (training) {
            mean = rows.mean(0);
            variance = rows.var(false, 0);
            movingMean.value().muli(momentum).addi(mean.mul(1 - momentum));
            movingVariance.value().muli(momentum).addi(variance.mul(1 - momentum));
        } else {
            mean = movingMean.value();
            variance = movingVariance.value();
        }
        inverseStd = Transforms.pow(variance.add(epsilon), -0.5, false);
        normalized = Buffers.reuse(normalized, x.dataType(), rows.shape());
        normalized.assign(rows).subiRowVector(mean).muliRowVector(inverseStd);
        output = Buffers.reuse(output, x.dataType(), rows.shape());
        output.assign(normalized);
        if (gamma != null) {
            output.muliRowVector(gamma.value());
        }
        if (beta != null) {
            output.addiRowVector(beta.value());
        }
        return output.reshape(shape);
    }

    @Override
    public List<INDArray> backward(INDArray gradientOfOutput) {
        INDArray dy = gradientOfOutput.reshape(normalized.shape());
        if (beta != null) {
            beta.gradient().assign(dy.sum(0));
        }
        if (gamma != null) {
            gamma.gradient().assign(dy.mul(normalized).sum(0));
        }
        INDArray dNormalized = gamma == null ? dy.dup() : dy.mulRowVector(gamma.value());
        gradInput = Buffers.reuse(gradInput, dy.dataType(), normalized.shape());
        if (trainingPass) {
            // dx = invStd * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)), the batch statistics' own gradient
            long m = normalized.size(0);
            INDArray meanGrad = dNormalized.sum(0).divi(m);
            INDArray meanGradXhat = dNormalized.mul(normalized).sum(0).divi(m);
            gradInput.assign(normalized).muliRowVector(meanGradXhat).rsubi(dNormalized).subiRowVector(meanGrad)
                    .muliRowVector(inverseStd);
        } else {
            gradInput.assign(dNormalized).muliRowVector(inverseStd);
        }
        return List.of(gradInput.reshape(shape));
    }

    @Override
    public List<Parameter> parameters() {
        return Kernel.present(gamma, beta, movingMean, movingVariance);
    }
}
