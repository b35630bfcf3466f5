package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's RMSprop: {@code v = rho * v + (1 - rho) * g^2}, {@code increment = lr * g / sqrt(v + epsilon)} (epsilon
 * inside the root, as Keras; ND4J's own updater puts it outside), {@code w -= increment}, or with momentum
 * {@code m = momentum * m + increment}, {@code w -= m}. Not thread-safe.
 */
final class RmsPropUpdater implements ParameterUpdater {

    private final double rho;
    private final double momentum;
    private final double epsilon;
    private final INDArray velocity;
    private final INDArray momentumState;
    private final INDArray scratch;

    RmsPropUpdater(double rho, double momentum, double epsilon, INDArray like) {
        this.rho = rho;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.velocity = like.ulike().assign(0);
        this.momentumState = momentum > 0 ? like.ulike().assign(0) : null;
        this.scratch = like.ulike();
    }

    @Override
    public void apply(INDArray weights, INDArray gradient, double learningRate, long step) {
        scratch.assign(gradient).muli(gradient);
        velocity.muli(rho);
        Blas.axpy(1 - rho, scratch, velocity);
        scratch.assign(velocity).addi(epsilon);
        Blas.sqrt(scratch, scratch);
        scratch.rdivi(gradient);
        if (momentumState == null) {
            Blas.axpy(-learningRate, scratch, weights);
        } else {
            momentumState.muli(momentum);
            Blas.axpy(learningRate, scratch, momentumState);
            Blas.axpy(-1, momentumState, weights);
        }
    }

    @Override
    public INDArray[] state() {
        return momentumState == null ? new INDArray[]{velocity} : new INDArray[]{velocity, momentumState};
    }
}
