package dev.neurite.layers;

import java.util.List;
import java.util.function.Function;

/** Shape rules shared by MaxPooling2D and AveragePooling2D. */
final class Pooling2D {

    private Pooling2D() {
    }

    static void validate(String layer, Dims2D poolSize, Dims2D strides, Padding padding) {
        LayerConfigException.requirePositive(layer, "pool_size", poolSize);
        LayerConfigException.requirePositive(layer, "strides", strides);
        LayerConfigException.requireGiven(layer, "padding", padding);
    }

    static TensorShape outputShape(String layer, List<TensorShape> inputs, Dims2D poolSize, Dims2D strides,
                                   Padding padding, Function<Padding, LayerConfig> withPadding) {
        TensorShape input = Inputs.image(layer, inputs);
        int rows = Windows.outputLength(input.dim(0), poolSize.rows(), strides.rows(), 1, padding);
        int cols = Windows.outputLength(input.dim(1), poolSize.cols(), strides.cols(), 1, padding);
        if (rows <= 0 || cols <= 0) {
            throw new ShapeException("The " + poolSize + " pool is larger than its " + input.dim(0) + "x"
                    + input.dim(1) + " input; use padding='same' or a smaller pool.",
                    new FixAction.Replace(withPadding.apply(Padding.SAME), "Use padding='same'"));
        }
        return TensorShape.of(rows, cols, input.dim(2));
    }

    static String keyArguments(Dims2D poolSize, Dims2D strides, Padding padding) {
        return poolSize + (strides.equals(poolSize) ? "" : ", strides " + strides)
                + (padding == Padding.SAME ? ", same" : "");
    }

    static void write(ArgumentWriter out, Dims2D poolSize, Dims2D strides, Padding padding) {
        out.dims("pool_size", poolSize);
        out.dims("strides", strides);
        out.string("padding", padding.kerasName());
    }

    static void python(PythonArguments out, Dims2D poolSize, Dims2D strides, Padding padding) {
        out.keyword("pool_size", poolSize.toPythonTuple());
        if (!strides.equals(poolSize)) {
            out.keyword("strides", strides.toPythonTuple());
        }
        out.padding(padding);
    }
}
