package dev.neurite.layers;

import java.util.List;

/**
 * Where a layer writes its arguments under Keras's names, e.g. into the model file's {@code "config"} object. The
 * model file format implements it; a layer calls it from {@link LayerConfig#writeArguments}. Not thread-safe: one
 * writer per layer written.
 */
public interface ArgumentWriter {

    void integer(String key, int value);

    void longValue(String key, long value);

    void number(String key, double value);

    void bool(String key, boolean value);

    void string(String key, String value);

    /** A list of integers, e.g. {@code "shape": [28, 28, 1]}. */
    void integers(String key, int... values);

    /** A list of numbers, e.g. {@code "mean": [0.5]}. */
    void numbers(String key, List<Double> values);

    /** A list of integer pairs, e.g. {@code "padding": [[1, 1], [2, 2]]}. */
    void pairs(String key, int[]... pairs);

    /** {@code {"l1": .., "l2": ..}}, or null for none. */
    void regularizer(String key, Regularizer regularizer);

    /** Rows and columns as a pair, e.g. {@code "kernel_size": [3, 3]}. */
    default void dims(String key, Dims2D dims) {
        integers(key, dims.rows(), dims.cols());
    }

    /** The arguments of a layer with a kernel and a bias (Dense, Conv2D), in Keras's order. */
    default void weightArguments(boolean useBias, Initializer kernel, Initializer bias, Regularizer kernelRegularizer,
                                 Regularizer biasRegularizer) {
        bool("use_bias", useBias);
        string("kernel_initializer", kernel.kerasName());
        string("bias_initializer", bias.kerasName());
        regularizer("kernel_regularizer", kernelRegularizer);
        regularizer("bias_regularizer", biasRegularizer);
    }
}
