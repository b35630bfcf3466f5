package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Keras's Adam: {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2},
 * {@code alpha = lr * sqrt(1 - b2^t) / (1 - b1^t)}, {@code w -= alpha * m / (sqrt(v) + epsilon)}; with amsgrad the
 * running maximum of v replaces v in the denominator. Not thread-safe.
 */
final class AdamUpdater implements ParameterUpdater {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final INDArray m;
    private final INDArray v;
    private final INDArray vMax;
    private final INDArray scratch;

    AdamUpdater(double beta1, double beta2, double epsilon, boolean amsgrad, INDArray like) {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = like.ulike().assign(0);
        this.v = like.ulike().assign(0);
        this.vMax = amsgrad ? like.ulike().assign(0) : null;
        this.scratch = like.ulike();
    }

    @Override
    public void apply(INDArray weights, INDArray gradient, double learningRate, long step) {
        m.muli(beta1);
        Blas.axpy(1 - beta1, gradient, m);
        scratch.assign(gradient).muli(gradient);
        v.muli(beta2);
        Blas.axpy(1 - beta2, scratch, v);
        INDArray second = v;
        if (vMax != null) {
            Transforms.max(vMax, v, false);
            second = vMax;
        }
        double alpha = learningRate * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step));
        Blas.sqrt(second, scratch);
        scratch.addi(epsilon).rdivi(m);
        Blas.axpy(-alpha, scratch, weights);
    }

    @Override
    public INDArray[] state() {
        return vMax == null ? new INDArray[]{m, v} : new INDArray[]{m, v, vMax};
    }
}
