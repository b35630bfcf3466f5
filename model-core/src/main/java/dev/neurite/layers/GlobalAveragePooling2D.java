package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code GlobalAveragePooling2D}: the mean of each channel over height and width.
 *
 * @param keepdims if true the output is (1, 1, channels), otherwise (channels)
 */
public record GlobalAveragePooling2D(boolean keepdims) implements LayerConfig {

    @Override
    public LayerType type() {
        return LayerType.GLOBAL_AVERAGE_POOLING2D;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.image("GlobalAveragePooling2D", inputs);
        return keepdims ? TensorShape.of(1, 1, input.dim(2)) : TensorShape.of(input.dim(2));
    }

    @Override
    public String keyArguments() {
        return keepdims ? "keepdims" : "";
    }

    public static GlobalAveragePooling2D read(ArgumentReader in) {
        return new GlobalAveragePooling2D(in.bool("keepdims", false));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.bool("keepdims", keepdims);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        if (keepdims) {
            out.keyword("keepdims", "True");
        }
    }
}
