package dev.neurite.engine.loss;

/** Keras's mean squared error: the mean of {@code (p - y)^2} over the last axis and the batch. */
final class MeanSquaredError implements LossFunction {

    @Override
    public double compute(double[] p, double[] y, int width, double[] gradient) {
        int n = p.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double d = p[i] - y[i];
            total += d * d;
            if (gradient != null) {
                gradient[i] = 2 * d / n;
            }
        }
        return total / n;
    }
}
