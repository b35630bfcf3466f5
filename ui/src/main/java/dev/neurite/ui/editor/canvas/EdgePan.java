package dev.neurite.ui.editor.canvas;

import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;

/**
 * Scrolls the canvas while a drag holds the pointer near one of its edges, faster the closer it is, so that a node
 * can be dragged beyond what the view shows (the canvas has no end). JavaFX thread only.
 */
final class EdgePan {

    /** How close to an edge (view pixels) the pointer starts the scrolling. */
    static final double MARGIN = 36;
    /** The fastest scroll, in view pixels per frame, with the pointer on (or past) the edge. */
    static final double MAX_SPEED = 14;

    private final Viewport viewport;
    private final AnimationTimer timer;
    private Point2D velocity = Point2D.ZERO;
    private Runnable afterPan = () -> { };
    private boolean running;

    EdgePan(Viewport viewport) {
        this.viewport = viewport;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                step();
            }
        };
    }

    /**
     * How far the view pans per frame for a pointer at {@code (x, y)} in a view of {@code width x height}: towards
     * the content beyond the near edge (a pointer at the left edge moves the content right), zero away from edges.
     */
    static Point2D velocity(double x, double y, double width, double height) {
        return new Point2D(speed(x, width), speed(y, height));
    }

    private static double speed(double at, double size) {
        if (size < 3 * MARGIN) {
            return 0;
        }
        if (at < MARGIN) {
            return MAX_SPEED * Math.min(1, (MARGIN - at) / MARGIN);
        }
        if (at > size - MARGIN) {
            return -MAX_SPEED * Math.min(1, (at - (size - MARGIN)) / MARGIN);
        }
        return 0;
    }

    /**
     * The drag's pointer is at {@code (x, y)} in the view: scrolls while it stays near an edge, calling
     * {@code onPan} after each step (so the dragged nodes follow the pointer), stops when it leaves.
     */
    void pointerAt(double x, double y, double width, double height, Runnable onPan) {
        velocity = velocity(x, y, width, height);
        afterPan = onPan;
        if (velocity.equals(Point2D.ZERO)) {
            stop();
        } else if (!running) {
            running = true;
            timer.start();
        }
    }

    /** Stops scrolling (the drag ended). */
    void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    /** One frame's scroll; also called directly by tests. */
    void step() {
        viewport.panBy(velocity.getX(), velocity.getY());
        afterPan.run();
    }
}
