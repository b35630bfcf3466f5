package dev.neurite.engine;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Objects;

/**
 * One weight array of a layer together with the buffer that receives its gradient.
 *
 * <p>The arrays are owned by the network: kernels read {@link #value()} and overwrite {@link #gradient()} in their
 * backward pass; optimizers update {@link #value()} in place. Not thread-safe: used by the thread that runs the
 * network.
 *
 * @param layer      the layer's node name, e.g. {@code dense_1}
 * @param name       the Keras weight name, e.g. {@code kernel}, {@code bias}, {@code moving_mean}
 * @param value      the weights, in Keras's layout (Dense kernel {@code [in, units]}, Conv2D kernel
 *                   {@code [kh, kw, in_channels, filters]})
 * @param gradient   same shape as {@code value}; meaningful only after a backward pass; {@code null} when not
 *                   trainable
 * @param trainable  whether optimizers update it (false for moving statistics)
 * @param l1         L1 regularisation factor added to the loss as {@code l1 * sum(|w|)}
 * @param l2         L2 regularisation factor added to the loss as {@code l2 * sum(w^2)} (Keras: no factor 1/2)
 */
public record Parameter(String layer, String name, INDArray value, INDArray gradient, boolean trainable,
                        double l1, double l2) {

    public Parameter {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (trainable && gradient == null) {
            throw new IllegalArgumentException("Trainable weight '" + layer + "/" + name + "' needs a gradient buffer");
        }
        if (l1 < 0 || l2 < 0) {
            throw new IllegalArgumentException("Regularisation factors of '" + layer + "/" + name
                    + "' must be >= 0; got l1=" + l1 + ", l2=" + l2);
        }
    }

    /** A trainable weight without regularisation, with a zeroed gradient buffer of the same shape and type. */
    public static Parameter trainable(String layer, String name, INDArray value) {
        return new Parameter(layer, name, value, value.ulike().assign(0), true, 0, 0);
    }

    /** A weight that optimizers never change (moving statistics, normalisation constants). */
    public static Parameter frozen(String layer, String name, INDArray value) {
        return new Parameter(layer, name, value, null, false, 0, 0);
    }

    /** The same weight with regularisation factors. */
    public Parameter withRegularization(double l1, double l2) {
        return new Parameter(layer, name, value, gradient, trainable, l1, l2);
    }

    /** {@code layer/name}, the key used in weight archives. */
    public String key() {
        return layer + "/" + name;
    }

    /** Whether the loss has a regularisation term for this weight. */
    public boolean regularized() {
        return l1 > 0 || l2 > 0;
    }
}
