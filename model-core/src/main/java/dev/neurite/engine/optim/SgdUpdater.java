package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's SGD: {@code w -= lr * g}; with momentum {@code m = momentum * m - lr * g} and {@code w += m}, or with
 * Nesterov {@code w += momentum * m - lr * g}. Not thread-safe.
 */
final class SgdUpdater implements ParameterUpdater {

    private final double momentum;
    private final boolean nesterov;
    private final INDArray velocity;

    SgdUpdater(double momentum, boolean nesterov, INDArray like) {
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = momentum > 0 ? like.ulike().assign(0) : null;
    }

    @Override
    public void apply(INDArray weights, INDArray gradient, double learningRate, long step) {
        if (velocity == null) {
            Blas.axpy(-learningRate, gradient, weights);
            return;
        }
        velocity.muli(momentum);
        Blas.axpy(-learningRate, gradient, velocity);
        if (nesterov) {
            Blas.axpy(momentum, velocity, weights);
            Blas.axpy(-learningRate, gradient, weights);
        } else {
            Blas.axpy(1, velocity, weights);
        }
    }

    @Override
    public INDArray[] state() {
        return velocity == null ? new INDArray[0] : new INDArray[]{velocity};
    }
}
