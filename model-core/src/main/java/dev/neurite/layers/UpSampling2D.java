package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code UpSampling2D}: repeats every row {@code size.rows()} times and every column {@code size.cols()}
 * times, so an image (h, w, c) becomes (h * rows, w * cols, c). No weights.
 *
 * @param size          the factors; (2, 2) by default
 * @param interpolation {@code nearest} (the default, and the only one Neurite computes)
 */
public record UpSampling2D(Dims2D size, Interpolation interpolation) implements LayerConfig {

    /** Keras's {@code interpolation} argument; Neurite computes {@code nearest} only. */
    public enum Interpolation {
        /** Each output pixel copies the input pixel it falls in. */
        NEAREST;

        public String kerasName() {
            return KerasNames.of(this);
        }
    }

    public UpSampling2D {
        LayerConfigException.requirePositive("UpSampling2D", "size", size);
        LayerConfigException.requireGiven("UpSampling2D", "interpolation", interpolation);
    }

    /** {@code UpSampling2D(size)} with nearest interpolation. */
    public static UpSampling2D of(Dims2D size) {
        return new UpSampling2D(size, Interpolation.NEAREST);
    }

    /** Reads {@code size} ((2, 2) by default) and {@code interpolation} ({@code nearest}, the only one known). */
    public static UpSampling2D read(ArgumentReader in) {
        String interpolation = in.string("interpolation", "nearest");
        Interpolation known = KerasNames.parse(Interpolation.class, interpolation);
        if (known == null) {
            throw in.wrong("interpolation", "'nearest' (Neurite does not compute other interpolations)");
        }
        return new UpSampling2D(in.dims("size", Dims2D.square(2)), known);
    }

    @Override
    public LayerType type() {
        return LayerType.UP_SAMPLING2D;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.image("UpSampling2D", inputs);
        return TensorShape.of(Dimension.of("UpSampling2D", Dimension.times(input.dim(0), size.rows())),
                Dimension.of("UpSampling2D", Dimension.times(input.dim(1), size.cols())), input.dim(2));
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.dims("size", size);
        out.string("interpolation", interpolation.kerasName());
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        if (!size.equals(Dims2D.square(2))) {
            out.keyword("size", size.toPythonTuple());
        }
        if (interpolation != Interpolation.NEAREST) {
            out.keyword("interpolation", out.string(interpolation.kerasName()));
        }
    }

    @Override
    public String keyArguments() {
        return size.toString();
    }
}
