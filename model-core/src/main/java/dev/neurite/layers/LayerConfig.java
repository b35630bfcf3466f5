package dev.neurite.layers;

import java.util.List;
import java.util.Optional;

/**
 * The immutable configuration of one layer, as Keras's layer arguments. Implementations validate their arguments on
 * construction ({@link LayerConfigException}), compute their output shape with a pure function and list the weights
 * they create for an input shape, as Keras's {@code build}.
 *
 * <p>Shapes exclude the batch dimension and are channels-last. Callers pass exactly one input shape to single-input
 * layers, two or more to merge layers and none to {@link InputLayer}.
 */
public sealed interface LayerConfig permits InputLayer, Dense, Activation, Dropout, Flatten, Reshape, Rescaling,
        Conv2D, ZeroPadding2D, MaxPooling2D, AveragePooling2D, GlobalAveragePooling2D, UpSampling2D,
        BatchNormalization, Normalization, Add, Concatenate {

    LayerType type();

    default String kerasClassName() {
        return type().kerasClassName();
    }

    /**
     * The output shape for {@code inputs}, exactly as Keras computes it.
     *
     * @throws ShapeException if the layer cannot accept these inputs
     */
    TensorShape outputShape(List<TensorShape> inputs);

    /** The weights this layer creates for {@code inputs} (which {@link #outputShape} accepts); none by default. */
    default List<WeightSpec> weights(List<TensorShape> inputs) {
        return List.of();
    }

    /**
     * Problems that do not stop shape inference but will stop or mislead training, e.g. Dense on an image.
     * None by default.
     */
    default List<LayerWarning> check(List<TensorShape> inputs) {
        return List.of();
    }

    /**
     * The activation this layer applies to its output: its {@code activation} argument, linear for a layer without
     * one. The training checks compare it with the loss.
     */
    default ActivationFunction activation() {
        return ActivationFunction.LINEAR;
    }

    /** This layer with {@code function} as its activation, for a fix; empty where a fix does not change it here. */
    default Optional<LayerConfig> withActivation(ActivationFunction function) {
        return Optional.empty();
    }

    /**
     * Writes every argument under Keras's name, as the model file keeps them; {@link LayerType#read} reads them
     * back to an equal layer.
     */
    void writeArguments(ArgumentWriter out);

    /** Writes the arguments of the Keras constructor call that differ from Keras's defaults, positional first. */
    void pythonArguments(PythonArguments out);

    /** The key arguments in a few words for a node on the canvas, e.g. {@code "512, relu"}. */
    String keyArguments();
}
