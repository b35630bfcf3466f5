package dev.neurite.engine.loss;

/**
 * Keras's categorical cross-entropy on probabilities: {@code -sum(y * log(clip(p, 1e-7, 1 - 1e-7)))} per sample.
 * Sparse labels use it with one-hot targets. Where the clip is active the gradient is zero, as in Keras.
 */
final class CategoricalCrossentropy implements LossFunction {

    @Override
    public double compute(double[] p, double[] y, int width, double[] gradient) {
        int batch = p.length / width;
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            double clipped = Math.min(Math.max(p[i], EPSILON), 1 - EPSILON);
            total -= y[i] * Math.log(clipped);
            if (gradient != null) {
                boolean inside = p[i] >= EPSILON && p[i] <= 1 - EPSILON;
                gradient[i] = inside ? -y[i] / clipped / batch : 0;
            }
        }
        return total / batch;
    }
}
