package dev.neurite.layers;

import java.util.List;

/**
 * Keras's {@code ZeroPadding2D}: a border of zeros around each image.
 *
 * @param top    rows added above, at least 0
 * @param bottom rows added below, at least 0
 * @param left   columns added to the left, at least 0
 * @param right  columns added to the right, at least 0
 */
public record ZeroPadding2D(int top, int bottom, int left, int right) implements LayerConfig {

    public ZeroPadding2D {
        if (top < 0 || bottom < 0 || left < 0 || right < 0) {
            throw new LayerConfigException("ZeroPadding2D", "padding", "must be integers of at least 0",
                    "((" + top + ", " + bottom + "), (" + left + ", " + right + "))");
        }
    }

    /** {@code ZeroPadding2D(n)}: n on every side (Keras's default is 1). */
    public static ZeroPadding2D symmetric(int padding) {
        return new ZeroPadding2D(padding, padding, padding, padding);
    }

    /** {@code ZeroPadding2D((rows, cols))}. */
    public static ZeroPadding2D of(int rows, int cols) {
        return new ZeroPadding2D(rows, rows, cols, cols);
    }

    @Override
    public LayerType type() {
        return LayerType.ZERO_PADDING2D;
    }

    @Override
    public TensorShape outputShape(List<TensorShape> inputs) {
        TensorShape input = Inputs.image("ZeroPadding2D", inputs);
        return TensorShape.of(Dimension.of("ZeroPadding2D", (long) input.dim(0) + top + bottom),
                Dimension.of("ZeroPadding2D", (long) input.dim(1) + left + right), input.dim(2));
    }

    /** Python's argument: {@code 1}, {@code (1, 2)} or {@code ((1, 2), (3, 4))}. */
    public String toPythonArgument() {
        if (top == bottom && left == right) {
            return top == left ? String.valueOf(top) : "(" + top + ", " + left + ")";
        }
        return "((" + top + ", " + bottom + "), (" + left + ", " + right + "))";
    }

    @Override
    public String keyArguments() {
        return toPythonArgument();
    }

    /** Reads {@code padding}: an integer, a pair, or ((top, bottom), (left, right)); 1 by default. */
    public static ZeroPadding2D read(ArgumentReader in) {
        Object value = in.plain("padding");
        if (value == null) {
            return symmetric(1);
        }
        if (value instanceof Integer n) {
            return symmetric(n);
        }
        if (value instanceof List<?> list && list.size() == 2) {
            if (list.get(0) instanceof Integer rows && list.get(1) instanceof Integer cols) {
                return of(rows, cols);
            }
            if (list.get(0) instanceof List<?> a && list.get(1) instanceof List<?> b && a.size() == 2
                    && b.size() == 2) {
                return new ZeroPadding2D(intOr(a.get(0)), intOr(a.get(1)), intOr(b.get(0)), intOr(b.get(1)));
            }
        }
        throw in.wrong("padding", "an integer, a pair, or ((top, bottom), (left, right))");
    }

    private static int intOr(Object value) {
        return value instanceof Integer n ? n : -1;
    }

    @Override
    public void writeArguments(ArgumentWriter out) {
        out.pairs("padding", new int[] {top, bottom}, new int[] {left, right});
    }

    @Override
    public void pythonArguments(PythonArguments out) {
        if (!equals(symmetric(1))) {
            out.keyword("padding", toPythonArgument());
        }
    }
}
