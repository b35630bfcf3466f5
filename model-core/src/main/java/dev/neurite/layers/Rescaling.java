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
}
