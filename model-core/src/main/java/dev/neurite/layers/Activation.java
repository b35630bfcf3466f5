package dev.neurite.layers;

import java.util.List;
import java.util.Optional;

/**
 * Keras's {@code Activation} layer: applies {@code activation} to every value.
 *
 * @param activation the function
 */
public record Activation(ActivationFunction activation) implements LayerConfig {

    public Activation {
        LayerConfigException.requireGiven("Activation", "activation", activation);
    }

    @Override
    public LayerType type() {
        return LayerType.ACTIVATION;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Inputs.single("Activation", inputs);
    }

    @Override
    public String keyArguments() {
        return activation.kerasName();
    }

    public static Activation read(ArgumentReader in) {
        return new Activation(in.activation());
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.string("activation", activation.kerasName());
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        out.positional(out.string(activation.kerasName()));
    }

    @Override
    public Optional<LayerConfig> withActivation(ActivationFunction function) {
        return Optional.of(new Activation(function));
    }
}
