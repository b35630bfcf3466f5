package dev.neurite.layers;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The shape of one sample, without the batch dimension, channels last as in Keras: {@code (784)} for a flat vector,
 * {@code (28, 28, 1)} for a grey image. Printed as Keras prints a batch shape: {@code (None, 28, 28, 1)}.
 * Rank 0 (a scalar) is allowed for weights such as Normalization's {@code count}.
 *
 * @param dims the dimensions, each positive; never null
 */
public record TensorShape(List<Integer> dims) {

    public TensorShape {
        dims = List.copyOf(dims);
        for (int dim : dims) {
            if (dim <= 0) {
                throw new IllegalArgumentException("Every dimension of a shape must be positive; got " + dims);
            }
        }
    }

    /** A shape from its dimensions, e.g. {@code TensorShape.of(28, 28, 1)}. */
    public static TensorShape of(int... dims) {
        return new TensorShape(IntStream.of(dims).boxed().toList());
    }

    public int rank() {
        return dims.size();
    }

    /** Dimension {@code axis}; negative axes count from the end like Python's. */
    public int dim(int axis) {
        return dims.get(axis < 0 ? dims.size() + axis : axis);
    }

    /** The last dimension (channels for images, features for vectors). */
    public int last() {
        return dims.get(dims.size() - 1);
    }

    /** The number of elements of one sample (1 for a scalar); saturates at {@link Long#MAX_VALUE}. */
    public long size() {
        long size = 1;
        for (int dim : dims) {
            if (size > Long.MAX_VALUE / dim) {
                return Long.MAX_VALUE;
            }
            size *= dim;
        }
        return size;
    }

    public int[] toArray() {
        return dims.stream().mapToInt(Integer::intValue).toArray();
    }

    /** This shape with its last dimension replaced. */
    public TensorShape withLast(int last) {
        int[] copy = toArray();
        copy[copy.length - 1] = last;
        return of(copy);
    }

    /** Keras's text for the batch shape, e.g. {@code (None, 26, 26, 32)}. */
    public String toKerasString() {
        return "(None" + dims.stream().map(d -> ", " + d).collect(Collectors.joining()) + ")";
    }

    /** Python's text for this sample shape, e.g. {@code (784,)} or {@code (28, 28, 1)}. */
    public String toPythonTuple() {
        if (dims.size() == 1) {
            return "(" + dims.get(0) + ",)";
        }
        return "(" + dims.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String toString() {
        return toKerasString();
    }

    /** Shapes equal dimension by dimension, for arrays. */
    public boolean matches(int[] other) {
        return Arrays.equals(toArray(), other);
    }
}
