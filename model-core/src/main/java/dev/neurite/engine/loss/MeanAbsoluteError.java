package dev.neurite.engine.loss;

/** Keras's mean absolute error: the mean of {@code |p - y|} over the last axis and the batch. */
final class MeanAbsoluteError implements LossFunction {

    @Override
    public double compute(double[] p, double[] y, int width, double[] gradient) {
        int n = p.length;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double d = p[i] - y[i];
            total += Math.abs(d);
            if (gradient != null) {
                gradient[i] = Math.signum(d) / n;
            }
        }
        return total / n;
    }
}
