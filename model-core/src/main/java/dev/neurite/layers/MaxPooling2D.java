package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code MaxPooling2D}: the largest value of each window.
 *
 * @param poolSize window size; (2, 2) by default
 * @param strides  step; equal to {@code poolSize} by default (Keras's {@code strides=None})
 * @param padding  {@code valid} by default
 */
public record MaxPooling2D(Dims2D poolSize, Dims2D strides, Padding padding) implements LayerConfig {

    public MaxPooling2D {
        Pooling2D.validate("MaxPooling2D", poolSize, strides, padding);
    }

    /** {@code MaxPooling2D(pool_size)} with strides equal to the pool and valid padding. */
    public static MaxPooling2D of(Dims2D poolSize) {
        return new MaxPooling2D(poolSize, poolSize, Padding.VALID);
    }

    @Override
    public LayerType type() {
        return LayerType.MAX_POOLING2D;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        return Pooling2D.outputShape("MaxPooling2D", inputs, poolSize, strides, padding,
                p -> new MaxPooling2D(poolSize, strides, p));
    }

    @Override
    public String keyArguments() {
        return Pooling2D.keyArguments(poolSize, strides, padding);
    }

    /** Reads {@code pool_size} ((2, 2) by default), {@code strides} (the pool by default) and {@code padding}. */
    public static MaxPooling2D read(ArgumentReader in) {
        Dims2D pool = in.dims("pool_size", Dims2D.square(2));
        return new MaxPooling2D(pool, in.dims("strides", pool), in.padding());
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        Pooling2D.write(out, poolSize, strides, padding);
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        Pooling2D.python(out, poolSize, strides, padding);
    }
}
