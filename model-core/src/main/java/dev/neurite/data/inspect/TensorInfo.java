package dev.neurite.data.inspect;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One array as the Keras lessons print it: {@code x_train (4000, 28, 28) uint8}, its name, NumPy shape (with the
 * sample count first), dtype and what its values are. Immutable.
 *
 * @param name   the lessons' variable name, e.g. {@code x_train}
 * @param shape  the NumPy shape, sample count first; at least one dimension
 * @param dtype  NumPy's dtype name, e.g. {@code uint8} or {@code float32}
 * @param values what the values are, e.g. {@code in [0, 1]} or {@code one-hot}; may be empty
 */
public record TensorInfo(String name, List<Integer> shape, String dtype, String values) {

    public TensorInfo {
        Objects.requireNonNull(name, "name");
        shape = List.copyOf(shape);
        if (shape.isEmpty()) {
            throw new IllegalArgumentException("Tensor '" + name + "' needs at least one dimension");
        }
        Objects.requireNonNull(dtype, "dtype");
        Objects.requireNonNull(values, "values");
    }

    /** The shape as Python prints a tuple: {@code (4000,)} or {@code (4000, 28, 28)}. */
    public String shapeText() {
        if (shape.size() == 1) {
            return "(" + shape.get(0) + ",)";
        }
        return "(" + shape.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    /** The line the lessons print: {@code x_train (4000, 28, 28, 1) float32 in [0, 1]}. */
    public String text() {
        return name + " " + shapeText() + " " + dtype + (values.isEmpty() ? "" : " " + values);
    }

    @Override
    public String toString() {
        return text();
    }
}
