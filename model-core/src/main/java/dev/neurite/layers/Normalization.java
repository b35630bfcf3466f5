package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code Normalization} over the last axis: {@code (x - mean) / sqrt(variance)}.
 * When {@code mean} and {@code variance} are null the layer is <em>adapted</em>: the statistics are computed from
 * the training data before training starts (Keras's {@code adapt}) and kept as non-trainable weights mean, variance
 * and count, as Keras counts them. When they are given they are constants and the layer has no weights.
 *
 * @param axis     the axis the statistics are kept for; only -1 (last) is supported
 * @param mean     one value, or one per channel; null with {@code variance} to adapt
 * @param variance one value, or one per channel, each at least 0; null with {@code mean} to adapt
 */
public record Normalization(int axis, List<Double> mean, List<Double> variance) implements LayerConfig {

    public Normalization {
        if (axis != -1) {
            throw new LayerConfigException("Normalization", "axis", "must be -1 (the last axis)",
                    String.valueOf(axis));
        }
        if ((mean == null) != (variance == null)) {
            throw new LayerConfigException("Normalization", "mean", "must be given together with variance",
                    mean == null ? "variance only" : "mean only");
        }
        if (mean != null) {
            mean = List.copyOf(mean);
            variance = List.copyOf(variance);
            if (mean.size() != variance.size() || mean.isEmpty()) {
                throw new LayerConfigException("Normalization", "variance", "must have as many values as mean ("
                        + mean.size() + ")", variance.size() + " values");
            }
            if (!variance.stream().allMatch(v -> v >= 0 && Double.isFinite(v))) {
                throw new LayerConfigException("Normalization", "variance", "must be finite and at least 0",
                        variance.toString());
            }
            if (!mean.stream().allMatch(Double::isFinite)) {
                throw new LayerConfigException("Normalization", "mean", "must be finite", mean.toString());
            }
        }
    }

    /** A layer whose statistics are taken from the training data. */
    public static Normalization adapted() {
        return new Normalization(-1, null, null);
    }

    /** Whether the statistics are computed from the training data rather than given. */
    public boolean isAdapted() {
        return mean == null;
    }

    @Override
    public LayerType type() {
        return LayerType.NORMALIZATION;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.single("Normalization", inputs);
        if (mean != null && mean.size() != 1 && mean.size() != input.last()) {
            throw new ShapeException("Normalization has " + mean.size() + " means but its input " + input + " has "
                    + input.last() + " channels; give one value or one per channel.");
        }
        return input;
    }

    @Override
    public List<WeightSpec> weights(List<TensorShape> inputs) {
        if (!isAdapted()) {
            return List.of();
        }
        TensorShape channels = TensorShape.of(inputs.get(0).last());
        return List.of(WeightSpec.statistic("mean", channels, Initializer.ZEROS),
                WeightSpec.statistic("variance", channels, Initializer.ONES),
                WeightSpec.statistic("count", TensorShape.of(), Initializer.ZEROS));
    }

    @Override
    public String keyArguments() {
        return isAdapted() ? "adapted" : "";
    }

    /** Reads {@code axis} (-1 by default) and, for a fixed normalisation, {@code mean} and {@code variance}. */
    public static Normalization read(ArgumentReader in) {
        return new Normalization(in.integer("axis", -1), in.numbers("mean"), in.numbers("variance"));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.integer("axis", axis);
        if (!isAdapted()) {
            out.numbers("mean", mean);
            out.numbers("variance", variance);
        }
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        if (!isAdapted()) {
            out.keyword("mean", numbers(out, mean));
            out.keyword("variance", numbers(out, variance));
        }
    }

    private static String numbers(PythonArguments out, List<Double> values) {
        return values.stream().map(out::number).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
