package dev.neurite.layers;

/**
 * A pair of sizes along rows and columns, as Keras's two-element tuples ({@code kernel_size=(3, 3)}).
 *
 * @param rows along the image height
 * @param cols along the image width
 */
public record Dims2D(int rows, int cols) {

    public static Dims2D square(int size) {
        return new Dims2D(size, size);
    }

    public boolean isSquare() {
        return rows == cols;
    }

    /** Python's text: {@code (3, 3)}. */
    public String toPythonTuple() {
        return "(" + rows + ", " + cols + ")";
    }

    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}
