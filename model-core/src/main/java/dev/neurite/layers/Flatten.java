package dev.neurite.layers;

import java.util.List;

/** Keras's {@code Flatten}: (h, w, c) becomes (h*w*c), in row-major (channels-last) order. */
public record Flatten() implements LayerConfig {

    @Override
    public LayerType type() {
        return LayerType.FLATTEN;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.single("Flatten", inputs);
        long size = input.size();
        if (size > Integer.MAX_VALUE) {
            throw new ShapeException("Flatten would make a vector of " + size + " values, more than can be held.");
        }
        return TensorShape.of((int) size);
    }

    @Override
    public String keyArguments() {
        return "";
    }

    public static Flatten read(ArgumentReader in) {
        return new Flatten();
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
    }

    @Override
    public void pythonArguments(PythonArguments out) {
    }
}
