package dev.neurite.ui.editor.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The zoom and pan of the canvas: a view point v shows canvas point c with {@code v = offset + zoom * c}.
 * JavaFX thread only.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 2.5;
    private static final double STEP = 1.15;
    private static final double FIT_MARGIN = 30;

    private final Translate offset = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);

    Viewport(Node world) {
        world.getTransforms().setAll(offset, scale);
    }

    double zoom() {
        return scale.getX();
    }

    /** Zooms by {@code factor} keeping the canvas point under view point {@code (x, y)} in place. */
    void zoomAt(double factor, double x, double y) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom() * factor));
        Point2D canvas = toCanvas(x, y);
        scale.setX(next);
        scale.setY(next);
        offset.setX(x - next * canvas.getX());
        offset.setY(y - next * canvas.getY());
    }

    void zoomIn(double centreX, double centreY) {
        zoomAt(STEP, centreX, centreY);
    }

    void zoomOut(double centreX, double centreY) {
        zoomAt(1 / STEP, centreX, centreY);
    }

    /** Zoom factor for a mouse wheel movement of {@code deltaY}. */
    static double wheelFactor(double deltaY) {
        return deltaY > 0 ? STEP : 1 / STEP;
    }

    void panBy(double dx, double dy) {
        offset.setX(offset.getX() + dx);
        offset.setY(offset.getY() + dy);
    }

    /** Shows all of {@code content} (canvas units) centred in a view of the given size, at most at {@code limit}. */
    void fit(Bounds content, double viewWidth, double viewHeight, double limit) {
        if (content == null || content.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            scale.setX(1);
            scale.setY(1);
            offset.setX(0);
            offset.setY(0);
            return;
        }
        double zoom = Math.min((viewWidth - 2 * FIT_MARGIN) / content.getWidth(),
                (viewHeight - 2 * FIT_MARGIN) / content.getHeight());
        zoom = Math.max(MIN_ZOOM, Math.min(limit, zoom));
        scale.setX(zoom);
        scale.setY(zoom);
        offset.setX((viewWidth - zoom * content.getWidth()) / 2 - zoom * content.getMinX());
        offset.setY(Math.max(FIT_MARGIN, (viewHeight - zoom * content.getHeight()) / 2) - zoom * content.getMinY());
    }

    /**
     * Shows {@code content} at {@code zoom}, centred across the view and with its top at the view's top margin (a
     * model too deep to fit readably, shown from its Input down).
     */
    void showTop(Bounds content, double viewWidth, double zoom) {
        scale.setX(zoom);
        scale.setY(zoom);
        offset.setX((viewWidth - zoom * content.getWidth()) / 2 - zoom * content.getMinX());
        offset.setY(FIT_MARGIN - zoom * content.getMinY());
    }

    /** The canvas point shown at view point {@code (x, y)}. */
    Point2D toCanvas(double x, double y) {
        return new Point2D((x - offset.getX()) / zoom(), (y - offset.getY()) / zoom());
    }
}
