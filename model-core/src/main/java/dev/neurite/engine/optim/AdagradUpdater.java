package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's Adagrad: {@code a += g^2} (starting from {@code initial_accumulator_value}),
 * {@code w -= lr * g / sqrt(a + epsilon)}. Not thread-safe.
 */
final class AdagradUpdater extends HostUpdater {

    private final double epsilon;
    private final float[] accumulator;

    AdagradUpdater(double initialAccumulatorValue, double epsilon, INDArray like) {
        super(like);
        this.epsilon = epsilon;
        this.accumulator = new float[length];
        java.util.Arrays.fill(accumulator, (float) initialAccumulatorValue);
    }

    @Override
    protected void update(float[] w, float[] g, float[][] state, int count, double learningRate, long step) {
        float lr = (float) learningRate;
        float eps = (float) epsilon;
        float[] sums = state[0];
        for (int i = 0; i < count; i++) {
            float a = sums[i] + g[i] * g[i];
            sums[i] = a;
            w[i] -= lr * g[i] / (float) Math.sqrt(a + eps);
        }
    }

    @Override
    protected float[][] stateVectors() {
        return new float[][]{accumulator};
    }
}
