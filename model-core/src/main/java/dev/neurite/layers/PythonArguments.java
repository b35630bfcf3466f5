package dev.neurite.layers;

/**
 * Where a layer writes the arguments of its Keras constructor call in Python, only those that differ from Keras's
 * defaults; the exporter implements it and adds {@code name=}. Values reach the script only as literals made by
 * {@link #number} and {@link #string}. Not thread-safe: one per call written.
 */
public interface PythonArguments {

    /** A positional argument, already Python code (a literal or a tuple). */
    void positional(String code);

    /** {@code name=code}. */
    void keyword(String name, String code);

    /** A Python float literal. */
    String number(double value);

    /** A Python string literal, escaped. */
    String string(String text);

    /** {@code activation="relu"} unless linear. */
    default void activation(ActivationFunction activation) {
        if (activation != ActivationFunction.LINEAR) {
            keyword("activation", string(activation.kerasName()));
        }
    }

    /** {@code padding="same"} unless valid. */
    default void padding(Padding padding) {
        if (padding != Padding.VALID) {
            keyword("padding", string(padding.kerasName()));
        }
    }

    /** The bias, initializers and regularizers of a layer with a kernel, each where it is not Keras's default. */
    default void weightArguments(boolean useBias, Initializer kernel, Initializer bias, Regularizer kernelRegularizer,
                                 Regularizer biasRegularizer) {
        if (!useBias) {
            keyword("use_bias", "False");
        }
        if (kernel != Initializer.GLOROT_UNIFORM) {
            keyword("kernel_initializer", string(kernel.kerasName()));
        }
        if (bias != Initializer.ZEROS) {
            keyword("bias_initializer", string(bias.kerasName()));
        }
        if (kernelRegularizer != null) {
            keyword("kernel_regularizer", regularizer(kernelRegularizer));
        }
        if (biasRegularizer != null) {
            keyword("bias_regularizer", regularizer(biasRegularizer));
        }
    }

    /** Keras's {@code regularizers.l2(0.01)} and the like. */
    default String regularizer(Regularizer regularizer) {
        if (regularizer.l1() == 0) {
            return "regularizers.l2(" + number(regularizer.l2()) + ")";
        }
        if (regularizer.l2() == 0) {
            return "regularizers.l1(" + number(regularizer.l1()) + ")";
        }
        return "regularizers.l1_l2(l1=" + number(regularizer.l1()) + ", l2=" + number(regularizer.l2()) + ")";
    }
}
