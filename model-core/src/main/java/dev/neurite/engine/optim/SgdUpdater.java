package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's SGD: {@code w -= lr * g}; with momentum {@code m = momentum * m - lr * g} and {@code w += m}, or with
 * Nesterov {@code w += momentum * m - lr * g}. Not thread-safe.
 */
final class SgdUpdater extends HostUpdater {

    private final double momentum;
    private final boolean nesterov;
    private final float[] velocity;

    SgdUpdater(double momentum, boolean nesterov, INDArray like) {
        super(like);
        this.momentum = momentum;
        this.nesterov = nesterov;
        this.velocity = momentum > 0 ? new float[length] : null;
    }

    @Override
    protected void update(float[] w, float[] g, double learningRate, long step, int from, int to) {
        float lr = (float) learningRate;
        float mu = (float) momentum;
        if (velocity == null) {
            for (int i = from; i < to; i++) {
                w[i] -= lr * g[i];
            }
        } else if (nesterov) {
            for (int i = from; i < to; i++) {
                float v = mu * velocity[i] - lr * g[i];
                velocity[i] = v;
                w[i] += mu * v - lr * g[i];
            }
        } else {
            for (int i = from; i < to; i++) {
                float v = mu * velocity[i] - lr * g[i];
                velocity[i] = v;
                w[i] += v;
            }
        }
    }

    @Override
    protected float[][] stateVectors() {
        return velocity == null ? new float[0][] : new float[][]{velocity};
    }
}
