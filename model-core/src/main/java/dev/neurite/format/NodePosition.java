package dev.neurite.format;

/**
 * Where a layer's node sits on the editor's canvas, in canvas units (1 unit = 1 pixel at 100% zoom), top-left
 * corner of the node. Kept in project files so that a reopened model looks as it was left.
 *
 * @param x horizontal position, finite, within +/- {@link #LIMIT}
 * @param y vertical position, finite, within +/- {@link #LIMIT}
 */
public record NodePosition(double x, double y) {

    /** The largest coordinate accepted; a file with larger ones is refused. */
    public static final double LIMIT = 1e7;

    public NodePosition {
        if (!(Math.abs(x) <= LIMIT) || !(Math.abs(y) <= LIMIT)) {
            throw new ModelFormatException("A node position must be finite and within +/-" + LIMIT + "; got ("
                    + x + ", " + y + ").");
        }
    }

    /** This position moved by (dx, dy). */
    public NodePosition plus(double dx, double dy) {
        return new NodePosition(x + dx, y + dy);
    }
}
