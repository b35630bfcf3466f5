package dev.neurite.ui.editor;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawn path of a connection in canvas units: a start point followed by straight and cubic pieces, as the canvas
 * draws it. Also answers how close a point is to it and whether it crosses a node's rectangle, both on the same
 * polyline (each cubic piece cut into {@link #SAMPLES} straight ones). Immutable; thread-safe.
 */
public final class WirePath {

    /** Straight pieces each cubic piece is cut into for distances and crossings. */
    public static final int SAMPLES = 16;
    /** How far inside a rectangle a path must come to count as crossing it (touching an edge does not). */
    private static final double TOLERANCE = 1;

    private final double startX;
    private final double startY;
    private final List<Piece> pieces;
    private final double[] points;
    private final double minX;
    private final double maxX;
    private final double minY;
    private final double maxY;

    /** A path from ({@code startX}, {@code startY}) through {@code pieces}, each starting where the last ended. */
    public WirePath(double startX, double startY, List<Piece> pieces) {
        this.startX = startX;
        this.startY = startY;
        this.pieces = List.copyOf(pieces);
        this.points = sample();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            left = Math.min(left, points[i]);
            right = Math.max(right, points[i]);
            top = Math.min(top, points[i + 1]);
            bottom = Math.max(bottom, points[i + 1]);
        }
        minX = left;
        maxX = right;
        minY = top;
        maxY = bottom;
    }

    public double startX() {
        return startX;
    }

    public double startY() {
        return startY;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** A piece of a path. */
    public sealed interface Piece permits Line, Curve {
        /** Where the piece ends. */
        double x();

        /** Where the piece ends. */
        double y();
    }

    /** A straight piece to ({@code x}, {@code y}). */
    public record Line(double x, double y) implements Piece {
    }

    /** A cubic Bezier piece with control points 1 and 2, to ({@code x}, {@code y}). */
    public record Curve(double c1x, double c1y, double c2x, double c2y, double x, double y) implements Piece {
    }

    /** The path as a polyline: x0, y0, x1, y1, ... (cubic pieces sampled). */
    public double[] polyline() {
        return points.clone();
    }

    private double[] sample() {
        List<Double> points = new ArrayList<>();
        points.add(startX);
        points.add(startY);
        double px = startX;
        double py = startY;
        for (Piece piece : pieces) {
            if (piece instanceof Curve curve) {
                for (int i = 1; i < SAMPLES; i++) {
                    double t = (double) i / SAMPLES;
                    double u = 1 - t;
                    points.add(u * u * u * px + 3 * u * u * t * curve.c1x() + 3 * u * t * t * curve.c2x()
                            + t * t * t * curve.x());
                    points.add(u * u * u * py + 3 * u * u * t * curve.c1y() + 3 * u * t * t * curve.c2y()
                            + t * t * t * curve.y());
                }
            }
            points.add(piece.x());
            points.add(piece.y());
            px = piece.x();
            py = piece.y();
        }
        double[] result = new double[points.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = points.get(i);
        }
        return result;
    }

    /** The distance from ({@code x}, {@code y}) to the path. */
    public double distanceTo(double x, double y) {
        double[] p = points;
        double best = Math.hypot(x - p[0], y - p[1]);
        for (int i = 2; i + 1 < p.length; i += 2) {
            best = Math.min(best, segmentDistance(x, y, p[i - 2], p[i - 1], p[i], p[i + 1]));
        }
        return best;
    }

    /** Whether the path enters the node whose top-left corner is {@code node} (more than a unit deep). */
    public boolean crosses(dev.neurite.format.NodePosition node) {
        return crosses(node.x(), node.y(), NodeGeometry.WIDTH, NodeGeometry.HEIGHT);
    }

    /** Whether the path enters the rectangle (more than a unit deep). */
    public boolean crosses(double left, double top, double width, double height) {
        double x0 = left + TOLERANCE;
        double y0 = top + TOLERANCE;
        double x1 = left + width - TOLERANCE;
        double y1 = top + height - TOLERANCE;
        if (x0 >= maxX || x1 <= minX || y0 >= maxY || y1 <= minY) {
            return false;
        }
        double[] p = points;
        for (int i = 2; i + 1 < p.length; i += 2) {
            if (segmentEnters(p[i - 2], p[i - 1], p[i], p[i + 1], x0, y0, x1, y1)) {
                return true;
            }
        }
        return false;
    }

    /** Liang-Barsky: whether the segment has a part strictly inside the box. */
    @Override
    public boolean equals(Object other) {
        return other instanceof WirePath path && path.startX == startX && path.startY == startY
                && path.pieces.equals(pieces);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(startX, startY, pieces);
    }

    @Override
    public String toString() {
        return "WirePath[" + startX + ", " + startY + ", " + pieces + "]";
    }

    private static boolean segmentEnters(double ax, double ay, double bx, double by, double x0, double y0,
            double x1, double y1) {
        double t0 = 0;
        double t1 = 1;
        double dx = bx - ax;
        double dy = by - ay;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        return t0 < t1;
    }

    private static double segmentDistance(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }
}
