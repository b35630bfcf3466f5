package dev.neurite.engine.loss;

import dev.neurite.settings.Loss;

/**
 * A loss as Keras computes it: a value per sample (the mean over the last axis where Keras takes one), averaged over
 * the batch. Works on plain arrays because model outputs are small ({@code batch x classes}). Stateless.
 */
public interface LossFunction {

    /** The probability clip of Keras's cross-entropies, {@code backend.epsilon()}. */
    double EPSILON = 1e-7;

    /**
     * The batch's mean loss; writes dL/d(prediction) into {@code gradient} when it is not null.
     *
     * @param predictions {@code batch * width} values, sample after sample
     * @param targets     same layout: one-hot rows for the categorical losses, 0/1 for binary, values for errors
     * @param width       the number of values per sample (classes)
     * @param gradient    receives the gradient, same layout, or null
     */
    double compute(double[] predictions, double[] targets, int width, double[] gradient);

    /** The implementation of {@code loss}. */
    static LossFunction of(Loss loss) {
        return switch (loss) {
            case CATEGORICAL_CROSSENTROPY, SPARSE_CATEGORICAL_CROSSENTROPY -> new CategoricalCrossentropy();
            case BINARY_CROSSENTROPY -> new BinaryCrossentropy();
            case MEAN_SQUARED_ERROR -> new MeanSquaredError();
            case MEAN_ABSOLUTE_ERROR -> new MeanAbsoluteError();
        };
    }
}
