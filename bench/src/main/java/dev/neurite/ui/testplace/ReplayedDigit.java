package dev.neurite.ui.testplace;

import dev.neurite.ui.draw.DrawingViewModel;
import dev.neurite.ui.draw.Stroke;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.List;

/**
 * A handwritten-looking "2" as canvas strokes, for the demo's screenshots: an arc over the top, a diagonal down to the
 * left and a base line, as one stroke, on the 280-pixel canvas. Stateless.
 */
final class ReplayedDigit {

    /** Pointer points replayed per frame. */
    private static final int POINTS_PER_FRAME = 2;

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

    /**
     * Replays the "2" into {@code drawing} as a pointer would, at a pointer's pace: press, a few points each frame
     * (about half a second in all), release; then runs {@code released}. JavaFX thread.
     */
    static void draw(DrawingViewModel drawing, Runnable released) {
        List<Stroke.Point> points = two();
        drawing.beginStroke(points.get(0).x(), points.get(0).y());
        new AnimationTimer() {
            private int next = 1;

            @Override
            public void handle(long now) {
                for (int i = 0; i < POINTS_PER_FRAME && next < points.size(); i++, next++) {
                    drawing.extendStroke(points.get(next).x(), points.get(next).y());
                }
                if (next == points.size()) {
                    stop();
                    drawing.endStroke();
                    released.run();
                }
            }
        }.start();
    }

    private static void line(List<Stroke.Point> points, double x0, double y0, double x1, double y1) {
        int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) / 6);
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            points.add(new Stroke.Point(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t));
        }
    }
}
