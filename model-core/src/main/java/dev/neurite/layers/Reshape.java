package dev.neurite.layers;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Keras's {@code Reshape}: the same values in a new shape. One dimension may be -1, meaning "whatever is left".
 *
 * @param targetShape the new shape without the batch dimension; positive values and at most one -1
 */
public record Reshape(List<Integer> targetShape) implements LayerConfig {

    public Reshape {
        LayerConfigException.requireGiven("Reshape", "target_shape", targetShape);
        targetShape = List.copyOf(targetShape);
        long unknown = targetShape.stream().filter(d -> d == -1).count();
        boolean valid = !targetShape.isEmpty() && unknown <= 1
                && targetShape.stream().allMatch(d -> d > 0 || d == -1);
        if (!valid) {
            throw new LayerConfigException("Reshape", "target_shape",
                    "must be positive integers with at most one -1", pythonTuple(targetShape));
        }
    }

    @Override
    public LayerType type() {
        return LayerType.RESHAPE;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.single("Reshape", inputs);
        long size = input.size();
        long known = 1;
        for (int dim : targetShape) {
            if (dim != -1) {
                known = Dimension.times(known, dim);
            }
        }
        int[] dims = targetShape.stream().mapToInt(Integer::intValue).toArray();
        boolean hasUnknown = targetShape.contains(-1);
        if (hasUnknown ? size % known != 0 : size != known) {
            throw new ShapeException("Reshape cannot arrange the " + size + " values of " + input + " as "
                    + pythonTuple(targetShape) + (hasUnknown ? "" : " (" + known + " values)")
                    + "; the sizes must multiply to " + size + ".");
        }
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] == -1) {
                dims[i] = (int) (size / known);
            }
        }
        return TensorShape.of(dims);
    }

    @Override
    public String keyArguments() {
        return pythonTuple(targetShape);
    }

    static String pythonTuple(List<Integer> dims) {
        if (dims.size() == 1) {
            return "(" + dims.get(0) + ",)";
        }
        return dims.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /** Reads {@code target_shape}, which is required. */
    public static Reshape read(ArgumentReader in) {
        List<Integer> target = in.integers("target_shape");
        if (target == null) {
            throw in.missing("target_shape");
        }
        return new Reshape(target);
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integers("target_shape", targetShape.stream().mapToInt(i -> i).toArray());
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        out.positional(keyArguments());
    }
}
