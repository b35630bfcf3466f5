package dev.neurite.layers;

/**
 * A weight array a layer creates when it is built for an input shape (Keras's {@code add_weight}).
 *
 * @param name        Keras's weight name: kernel, bias, gamma, beta, moving_mean, moving_variance, mean, variance,
 *                    count
 * @param shape       the array's shape (Dense kernel (in, units); Conv2D kernel (kh, kw, in, filters))
 * @param initializer how it starts; for non-trainable statistics the value they start from
 * @param trainable   whether the optimizer updates it
 * @param regularizer the penalty on it, or null
 */
public record WeightSpec(String name, TensorShape shape, Initializer initializer, boolean trainable,
                         Regularizer regularizer) {

    public static WeightSpec trainable(String name, TensorShape shape, Initializer initializer,
                                       Regularizer regularizer) {
        return new WeightSpec(name, shape, initializer, true, regularizer);
    }

    public static WeightSpec statistic(String name, TensorShape shape, Initializer initializer) {
        return new WeightSpec(name, shape, initializer, false, null);
    }

    /** The number of values in the array. */
    public long size() {
        return shape.size();
    }
}
