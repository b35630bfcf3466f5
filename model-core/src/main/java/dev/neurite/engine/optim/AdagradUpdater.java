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
    protected void update(float[] w, float[] g, double learningRate, long step, int from, int to) {
        float lr = (float) learningRate;
        float eps = (float) epsilon;
        for (int i = from; i < to; i++) {
            float a = accumulator[i] + g[i] * g[i];
            accumulator[i] = a;
            w[i] -= lr * g[i] / (float) Math.sqrt(a + eps);
        }
    }

    @Override
    protected float[][] stateVectors() {
        return new float[][]{accumulator};
    }
}
