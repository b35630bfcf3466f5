package dev.neurite.engine.loss;

/**
 * Keras's binary cross-entropy on probabilities: the mean over the last axis of
 * {@code -(y log p + (1 - y) log(1 - p))} with p clipped to [1e-7, 1 - 1e-7].
 */
final class BinaryCrossentropy implements LossFunction {

    @Override
    public double compute(double[] p, double[] y, int width, double[] gradient) {
        int n = p.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double clipped = Math.min(Math.max(p[i], EPSILON), 1 - EPSILON);
            total -= y[i] * Math.log(clipped) + (1 - y[i]) * Math.log(1 - clipped);
            if (gradient != null) {
                boolean inside = p[i] >= EPSILON && p[i] <= 1 - EPSILON;
                gradient[i] = inside ? (-y[i] / clipped + (1 - y[i]) / (1 - clipped)) / n : 0;
            }
        }
        return total / n;
    }
}
