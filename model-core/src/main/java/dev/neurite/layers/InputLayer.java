package dev.neurite.layers;

import java.util.List;

/**
 * The model's input, Keras's {@code Input(shape=...)}.
 *
 * @param shape the shape of one sample without the batch dimension, e.g. (784) or (28, 28, 1)
 */
public record InputLayer(TensorShape shape) implements LayerConfig {

    public InputLayer {
        LayerConfigException.requireGiven("InputLayer", "shape", shape);
        if (shape.rank() == 0) {
            throw new LayerConfigException("InputLayer", "shape", "must have at least one dimension", "()");
        }
    }

    @Override
    public LayerType type() {
        return LayerType.INPUT_LAYER;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        if (!inputs.isEmpty()) {
            throw new ShapeException("An InputLayer takes no inputs; it has " + inputs.size() + ".");
        }
        return shape;
    }

    @Override
    public String keyArguments() {
        return "shape=" + shape.toPythonTuple();
    }

    /** Reads {@code shape}, which is required. */
    public static InputLayer read(ArgumentReader in) {
        return new InputLayer(in.shape("shape"));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integers("shape", shape.toArray());
    }

    /** The exporter writes {@code keras.Input(shape=...)} itself. */
    @Override
    public void pythonArguments(PythonArguments out) {
    }
}
