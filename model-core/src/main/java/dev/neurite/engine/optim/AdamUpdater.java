package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Keras's Adam: {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2},
 * {@code alpha = lr * sqrt(1 - b2^t) / (1 - b1^t)}, {@code w -= alpha * m / (sqrt(v) + epsilon)}; with amsgrad the
 * running maximum of v replaces v in the denominator. Not thread-safe.
 */
final class AdamUpdater extends HostUpdater {

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final float[] m;
    private final float[] v;
    private final float[] vMax;

    AdamUpdater(double beta1, double beta2, double epsilon, boolean amsgrad, INDArray like) {
        super(like);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.m = new float[length];
        this.v = new float[length];
        this.vMax = amsgrad ? new float[length] : null;
    }

    @Override
    protected void update(float[] w, float[] g, double learningRate, long step, int from, int to) {
        float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step)));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float eps = (float) epsilon;
        if (vMax == null) {
            for (int i = from; i < to; i++) {
                float mi = b1 * m[i] + (1 - b1) * g[i];
                float vi = b2 * v[i] + (1 - b2) * g[i] * g[i];
                m[i] = mi;
                v[i] = vi;
                w[i] -= alpha * mi / ((float) Math.sqrt(vi) + eps);
            }
        } else {
            for (int i = from; i < to; i++) {
                float mi = b1 * m[i] + (1 - b1) * g[i];
                float vi = b2 * v[i] + (1 - b2) * g[i] * g[i];
                float most = Math.max(vMax[i], vi);
                m[i] = mi;
                v[i] = vi;
                vMax[i] = most;
                w[i] -= alpha * mi / ((float) Math.sqrt(most) + eps);
            }
        }
    }

    @Override
    protected float[][] stateVectors() {
        return vMax == null ? new float[][]{m, v} : new float[][]{m, v, vMax};
    }
}
