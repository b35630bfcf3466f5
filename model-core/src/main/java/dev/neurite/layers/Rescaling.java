package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code Rescaling}: {@code x * scale + offset}.
 *
 * @param scale  finite factor
 * @param offset finite shift
 */
public record Rescaling(double scale, double offset) implements LayerConfig {

    public Rescaling {
        if (!Double.isFinite(scale)) {
            throw new LayerConfigException("Rescaling", "scale", "must be a finite number", String.valueOf(scale));
        }
        if (!Double.isFinite(offset)) {
            throw new LayerConfigException("Rescaling", "offset", "must be a finite number", String.valueOf(offset));
        }
    }

    @Override
    public LayerType type() {
        return LayerType.RESCALING;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Inputs.single("Rescaling", inputs);
    }

    @Override
    public String keyArguments() {
        return "x*" + (float) scale + (offset == 0 ? "" : " + " + (float) offset);
    }

    /** Reads {@code scale} (required) and {@code offset} (0 by default). */
    public static Rescaling read(ArgumentReader in) {
        return new Rescaling(in.number("scale"), in.number("offset", 0));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.number("scale", scale);
        out.number("offset", offset);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        out.keyword("scale", out.number(scale));
        if (offset != 0) {
            out.keyword("offset", out.number(offset));
        }
    }
}
