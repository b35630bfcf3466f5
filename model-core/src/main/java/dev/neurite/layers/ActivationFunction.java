package dev.neurite.layers;

/**
 * The activation functions a layer can apply, with Keras's names and definitions
 * ({@code leaky_relu} uses Keras 3's default negative slope 0.2; {@code gelu} is the exact, erf-based form;
 * {@code swish} is {@code x * sigmoid(x)}).
 */
public enum ActivationFunction {
    LINEAR("identity: f(x) = x"),
    RELU("max(0, x)"),
    SIGMOID("1 / (1 + exp(-x)), squashes to (0, 1)"),
    TANH("tanh(x), squashes to (-1, 1)"),
    SOFTMAX("turns a vector of scores into probabilities that sum to 1"),
    ELU("x for x > 0, exp(x) - 1 otherwise"),
    SELU("scaled ELU that keeps activations normalised"),
    LEAKY_RELU("x for x > 0, 0.2 x otherwise"),
    GELU("x * Phi(x), a smooth ReLU"),
    SWISH("x * sigmoid(x)");

    /** Keras 3's default negative slope of leaky_relu. */
    public static final double LEAKY_RELU_SLOPE = 0.2;
    public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    public static final double SELU_SCALE = 1.0507009873554804934193349852946;

    private final String formula;

    ActivationFunction(String formula) {
        this.formula = formula;
    }

    /** The name Keras uses, e.g. {@code "leaky_relu"}. */
    public String kerasName() {
        return KerasNames.of(this);
    }

    /** A short plain-words definition for tooltips. */
    public String formula() {
        return formula;
    }

    /** Parses Keras's name; null if unknown. */
    public static ActivationFunction fromKerasName(String name) {
        return KerasNames.parse(ActivationFunction.class, name);
    }
}
