package dev.neurite.layers;

import java.util.List;

/**
 * Parameter counts as Keras reports them.
 *
 * @param trainable    values the optimizer updates
 * @param nonTrainable values kept but not trained (BatchNormalization's moving statistics, Normalization's)
 */
public record ParameterCount(long trainable, long nonTrainable) {

    public static final ParameterCount NONE = new ParameterCount(0, 0);

    public static ParameterCount of(List<WeightSpec> weights) {
        long trainable = 0;
        long nonTrainable = 0;
        for (WeightSpec weight : weights) {
            if (weight.trainable()) {
                trainable = plus(trainable, weight.size());
            } else {
                nonTrainable = plus(nonTrainable, weight.size());
            }
        }
        return new ParameterCount(trainable, nonTrainable);
    }

    /** All parameters; saturates at {@link Long#MAX_VALUE}, as the sizes it adds do. */
    public long total() {
        return plus(trainable, nonTrainable);
    }

    public ParameterCount plus(ParameterCount other) {
        return new ParameterCount(plus(trainable, other.trainable), plus(nonTrainable, other.nonTrainable));
    }

    private static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
