package dev.neurite.ui.testplace;

import dev.neurite.ui.draw.DrawingViewModel;
import dev.neurite.ui.draw.Stroke;

import java.util.ArrayList;
import java.util.List;

/**
 * A handwritten-looking "2" as canvas strokes, for the demo's screenshots: an arc over the top, a diagonal down to the
 * left and a base line, as one stroke, on the 280-pixel canvas. Stateless.
 */
final class ReplayedDigit {

    private ReplayedDigit() {
    }

    /** The points of the "2", about 6 pixels apart. */
    static List<Stroke.Point> two() {
        List<Stroke.Point> points = new ArrayList<>();
        double cx = 140;
        double cy = 100;
        double r = 52;
        for (double a = Math.toRadians(200); a >= Math.toRadians(-35); a -= Math.toRadians(8)) {
            points.add(new Stroke.Point(cx + r * Math.cos(a), cy - r * Math.sin(a) * 0.95));
        }
        Stroke.Point end = points.get(points.size() - 1);
        line(points, end.x(), end.y(), 86, 218);
        line(points, 86, 218, 200, 214);
        return points;
    }

    /** Replays the "2" into {@code drawing} as a pointer would: press, drag through the points, release. */
    static void draw(DrawingViewModel drawing) {
        List<Stroke.Point> points = two();
        drawing.beginStroke(points.get(0).x(), points.get(0).y());
        for (Stroke.Point p : points.subList(1, points.size())) {
            drawing.extendStroke(p.x(), p.y());
        }
        drawing.endStroke();
    }

    private static void line(List<Stroke.Point> points, double x0, double y0, double x1, double y1) {
        int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 6);
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            points.add(new Stroke.Point(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t));
        }
    }
}
