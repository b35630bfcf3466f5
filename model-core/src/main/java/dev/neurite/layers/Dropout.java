package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code Dropout}: while training, each value is zeroed with probability {@code rate} and the others are
 * scaled by {@code 1 / (1 - rate)}; at inference it passes values through.
 *
 * @param rate the fraction dropped, in [0, 1)
 * @param seed a seed of its own, or null to derive one from the run's seed
 */
public record Dropout(double rate, Long seed) implements LayerConfig {

    public Dropout {
        if (!(rate >= 0 && rate < 1)) {
            throw new LayerConfigException("Dropout", "rate", "must be in [0, 1)", String.valueOf(rate));
        }
    }

    public Dropout(double rate) {
        this(rate, null);
    }

    @Override
    public LayerType type() {
        return LayerType.DROPOUT;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Inputs.single("Dropout", inputs);
    }

    @Override
    public String keyArguments() {
        return "rate=" + rate;
    }

    /** Reads {@code rate} (required) and an optional {@code seed}. */
    public static Dropout read(ArgumentReader in) {
        return new Dropout(in.number("rate"), in.has("seed") ? in.longValue("seed", 0) : null);
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.number("rate", rate);
        if (seed != null) {
            out.longValue("seed", seed);
        }
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        out.positional(out.number(rate));
        if (seed != null) {
            out.keyword("seed", String.valueOf(seed));
        }
    }
}
