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
                trainable += weight.size();
            } else {
                nonTrainable += weight.size();
            }
        }
        return new ParameterCount(trainable, nonTrainable);
    }

    public long total() {
        return trainable + nonTrainable;
    }

    public ParameterCount plus(ParameterCount other) {
        return new ParameterCount(trainable + other.trainable, nonTrainable + other.nonTrainable);
    }
}
