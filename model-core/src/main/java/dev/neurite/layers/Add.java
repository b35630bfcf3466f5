package dev.neurite.layers;

import java.util.List;

/** Keras's {@code Add}: the element-wise sum of two or more inputs of the same shape. */
public record Add() implements LayerConfig {

    @Override
    public LayerType type() {
        return LayerType.ADD;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        if (inputs.size() < 2) {
            throw new ShapeException("Add needs at least two inputs; it has " + inputs.size() + ".");
        }
        TensorShape first = inputs.get(0);
        for (TensorShape other : inputs.subList(1, inputs.size())) {
            if (!other.equals(first)) {
                throw new ShapeException("Add needs inputs of the same shape; got " + first + " and " + other
                        + ".");
            }
        }
        return first;
    }

    @Override
    public String keyArguments() {
        return "";
    }

    public static Add read(ArgumentReader in) {
        return new Add();
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
    }

    @Override
    public void pythonArguments(PythonArguments out) {
    }
}
