package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code Concatenate}: joins two or more inputs along {@code axis}; all other dimensions must agree.
 *
 * @param axis Keras's axis, counted on the batch shape: -1 (the last) by default, or 1 .. rank; 0 (the batch axis)
 *             is not allowed
 */
public record Concatenate(int axis) implements LayerConfig {

    public Concatenate {
        if (axis == 0) {
            throw new LayerConfigException("Concatenate", "axis", "must not be 0 (the batch axis)", "0");
        }
    }

    /** Along the last axis. */
    public Concatenate() {
        this(-1);
    }

    @Override
    public LayerType type() {
        return LayerType.CONCATENATE;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        if (inputs.size() < 2) {
            throw new ShapeException("Concatenate needs at least two inputs; it has " + inputs.size() + ".");
        }
        TensorShape first = inputs.get(0);
        int rank = first.rank();
        int sampleAxis = sampleAxis(rank);
        if (sampleAxis < 0 || sampleAxis >= rank) {
            throw new ShapeException("Concatenate axis " + axis + " does not exist for inputs of shape " + first
                    + ".");
        }
        int[] out = first.toArray();
        for (TensorShape other : inputs.subList(1, inputs.size())) {
            boolean compatible = other.rank() == rank;
            for (int i = 0; compatible && i < rank; i++) {
                compatible = i == sampleAxis || other.dim(i) == first.dim(i);
            }
            if (!compatible) {
                throw new ShapeException("Concatenate needs inputs that match in every dimension except axis "
                        + axis + "; got " + first + " and " + other + ".");
            }
            out[sampleAxis] = Dimension.of("Concatenate", (long) out[sampleAxis] + other.dim(sampleAxis));
        }
        return TensorShape.of(out);
    }

    /** The axis as an index into a sample shape of {@code rank} dimensions (without the batch axis). */
    public int sampleAxis(int rank) {
        return axis < 0 ? rank + axis : axis - 1;
    }

    @Override
    public String keyArguments() {
        return axis == -1 ? "" : "axis=" + axis;
    }

    public static Concatenate read(ArgumentReader in) {
        return new Concatenate(in.integer("axis", -1));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integer("axis", axis);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        if (axis != -1) {
            out.keyword("axis", String.valueOf(axis));
        }
    }
}
