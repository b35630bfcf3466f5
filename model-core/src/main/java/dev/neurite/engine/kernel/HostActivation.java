package dev.neurite.engine.kernel;

/**
 * A layer's bias and activation over a {@code [rows, units]} pre-activation held in Java float arrays (row after row),
 * forward and backward, in one pass each: what a Dense layer does around its gemms, without a libnd4j call per step
 * (see {@link HostArrays}). Covers {@code linear}, {@code relu} and {@code softmax} (over each row), the activations
 * of the lessons' Dense layers; others stay with {@link ActivationOp}. Derivatives as libnd4j's: relu passes the
 * gradient where the input is above 0, softmax's is {@code y * (g - sum(g * y))} per row. Stateless.
 */
final class HostActivation {

    private HostActivation() {
    }

    /** Whether {@code activation} is computed here. */
    static boolean supports(ActivationOp activation) {
        return activation == ActivationOp.LINEAR || activation == ActivationOp.RELU
                || activation == ActivationOp.SOFTMAX;
    }

    /**
     * Adds {@code bias} (length {@code units}, or null) to every row of {@code z} in place, then writes
     * {@code activation(z)} into {@code a} (ignored, may be null, for {@code linear}).
     */
    static void forward(ActivationOp activation, float[] z, float[] bias, float[] a, int rows, int units) {
        if (bias != null) {
            for (int r = 0, at = 0; r < rows; r++, at += units) {
                for (int u = 0; u < units; u++) {
                    z[at + u] += bias[u];
                }
            }
        }
        int length = rows * units;
        if (activation == ActivationOp.RELU) {
            for (int i = 0; i < length; i++) {
                a[i] = Math.max(z[i], 0f);
            }
        } else if (activation == ActivationOp.SOFTMAX) {
            for (int at = 0; at < length; at += units) {
                softmaxRow(z, a, at, units);
            }
        }
    }

    private static void softmaxRow(float[] z, float[] a, int at, int units) {
        float max = Float.NEGATIVE_INFINITY;
        for (int u = 0; u < units; u++) {
            max = Math.max(max, z[at + u]);
        }
        float sum = 0;
        for (int u = 0; u < units; u++) {
            float e = (float) Math.exp(z[at + u] - max);
            a[at + u] = e;
            sum += e;
        }
        float inverse = 1f / sum;
        for (int u = 0; u < units; u++) {
            a[at + u] *= inverse;
        }
    }

    /**
     * From dL/d(activation) {@code ga} writes dL/dz into {@code gz} (for {@code linear} {@code gz} may be {@code ga}
     * itself) and, when {@code biasGradient} is not null, its column sums into {@code biasGradient}.
     *
     * @param a the activation of the forward pass
     */
    static void backward(ActivationOp activation, float[] a, float[] ga, float[] gz, float[] biasGradient,
                         int rows, int units) {
        int length = rows * units;
        if (activation == ActivationOp.RELU) {
            // the output max(z, 0) is above 0 exactly where z is
            HostRelu.mask(ga, a, gz, length);
        } else if (activation == ActivationOp.SOFTMAX) {
            for (int at = 0; at < length; at += units) {
                float dot = 0;
                for (int u = 0; u < units; u++) {
                    dot += ga[at + u] * a[at + u];
                }
                for (int u = 0; u < units; u++) {
                    gz[at + u] = a[at + u] * (ga[at + u] - dot);
                }
            }
        } else if (gz != ga) {
            System.arraycopy(ga, 0, gz, 0, length);
        }
        if (biasGradient != null) {
            HostRelu.columnSums(gz, length, biasGradient);
        }
    }
}
