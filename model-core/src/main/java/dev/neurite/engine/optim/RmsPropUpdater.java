package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's RMSprop: {@code v = rho * v + (1 - rho) * g^2}, {@code increment = lr * g / sqrt(v + epsilon)} (epsilon
 * inside the root, as Keras; ND4J's own updater puts it outside), {@code w -= increment}, or with momentum
 * {@code m = momentum * m + increment}, {@code w -= m}. Not thread-safe.
 */
final class RmsPropUpdater extends HostUpdater {

    private final double rho;
    private final double momentum;
    private final double epsilon;
    private final float[] velocity;
    private final float[] momentumState;

    RmsPropUpdater(double rho, double momentum, double epsilon, INDArray like) {
        super(like);
        this.rho = rho;
        this.momentum = momentum;
        this.epsilon = epsilon;
        this.velocity = new float[length];
        this.momentumState = momentum > 0 ? new float[length] : null;
    }

    @Override
    protected void update(float[] w, float[] g, double learningRate, long step, int from, int to) {
        float lr = (float) learningRate;
        float r = (float) rho;
        float eps = (float) epsilon;
        float[] v = velocity;
        if (momentumState == null) {
            for (int i = from; i < to; i++) {
                float vi = r * v[i] + (1 - r) * g[i] * g[i];
                v[i] = vi;
                w[i] -= lr * g[i] / (float) Math.sqrt(vi + eps);
            }
        } else {
            float mu = (float) momentum;
            for (int i = from; i < to; i++) {
                float vi = r * v[i] + (1 - r) * g[i] * g[i];
                v[i] = vi;
                float mi = mu * momentumState[i] + lr * g[i] / (float) Math.sqrt(vi + eps);
                momentumState[i] = mi;
                w[i] -= mi;
            }
        }
    }

    @Override
    protected float[][] stateVectors() {
        return momentumState == null ? new float[][]{velocity} : new float[][]{velocity, momentumState};
    }
}
