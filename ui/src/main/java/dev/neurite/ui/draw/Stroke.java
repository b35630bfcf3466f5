package dev.neurite.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One stroke of the drawing canvas: the points the pointer passed through, in canvas pixels, with the brush width and
 * whether it erases. Immutable; {@link #extendedTo} returns a longer copy while a stroke is being drawn.
 *
 * @param points at least one point; a single point paints a dot
 * @param width  brush diameter in canvas pixels, positive
 * @param erase  whether the stroke paints paper instead of ink
 */
public record Stroke(List<Point> points, double width, boolean erase) {

    /** A point in canvas pixels. */
    public record Point(double x, double y) {
    }

    public Stroke {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A stroke needs at least one point");
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("Brush width must be positive; got " + width);
        }
    }

    /** A stroke of one point. */
    public static Stroke startingAt(double x, double y, double width, boolean erase) {
        return new Stroke(List.of(new Point(x, y)), width, erase);
    }

    /** This stroke with one more point (points closer than half a pixel to the last one are skipped). */
    public Stroke extendedTo(double x, double y) {
        Point last = points.get(points.size() - 1);
        if (Math.hypot(x - last.x(), y - last.y()) < 0.5) {
            return this;
        }
        List<Point> longer = new ArrayList<>(points);
        longer.add(new Point(x, y));
        return new Stroke(longer, width, erase);
    }

    /** The point {@code index}. */
    public Point point(int index) {
        return points.get(Objects.checkIndex(index, points.size()));
    }
}
