package dev.neurite.ui.editor.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The zoom and pan of the canvas: a view point v shows canvas point c with {@code v = offset + scale * c}, where
 * {@code scale = textScale * zoom}. The text scale is the UI's text size (1.5 at 150%): at the learner's 100% zoom a
 * canvas unit is {@code textScale} pixels, so cards, their text, ports and wires grow with the text while node
 * positions stay in canvas units. The zoom is the learner's own (the menus' Zoom In/Out, Ctrl+wheel, fitting).
 * JavaFX thread only.
 */
final class Viewport {

    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 2.5;
    private static final double STEP = 1.15;
    private static final double FIT_MARGIN = 30;

    private final Translate offset = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double textScale = 1;
    private double zoom = 1;

    Viewport(Node world) {
        world.getTransforms().setAll(offset, scale);
    }

    /** The learner's zoom, 1 = 100% (whatever the text size). */
    double zoom() {
        return zoom;
    }

    /** Pixels per canvas unit: the text scale times the zoom. */
    double scale() {
        return scale.getX();
    }

    double textScale() {
        return textScale;
    }

    /** Sets the text scale (1 = 100%) keeping the zoom and the canvas point at the view's origin. */
    void setTextScale(double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("text scale " + value);
        }
        Point2D origin = toCanvas(0, 0);
        textScale = value;
        apply(zoom, origin, 0, 0);
    }

    /** Zooms by {@code factor} keeping the canvas point under view point {@code (x, y)} in place. */
    void zoomAt(double factor, double x, double y) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        apply(next, toCanvas(x, y), x, y);
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

    /**
     * Shows {@code content} (canvas units) in a view of the given size (pixels): all of it, centred, if it fits at
     * a zoom of at most 100% and at least {@code minScale} pixels per canvas unit; otherwise at that smallest
     * scale, its top left corner in view.
     */
    void fit(Bounds content, double viewWidth, double viewHeight, double minScale) {
        if (content == null || content.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            apply(1, new Point2D(0, 0), 0, 0);
            return;
        }
        double pixels = Math.min((viewWidth - 2 * FIT_MARGIN) / content.getWidth(),
                (viewHeight - 2 * FIT_MARGIN) / content.getHeight());
        double next = Math.max(MIN_ZOOM, Math.min(1, Math.max(pixels, minScale) / textScale));
        double s = textScale * next;
        double x = Math.max(FIT_MARGIN, (viewWidth - s * content.getWidth()) / 2);
        double y = Math.max(FIT_MARGIN, (viewHeight - s * content.getHeight()) / 2);
        apply(next, new Point2D(content.getMinX(), content.getMinY()), x, y);
    }

    /**
     * Shows {@code content} at the learner's {@code zoom} (the text scale on top), centred across the view and with
     * its top at the view's top margin (a model too deep to fit readably, shown from its Input down).
     */
    void showTop(Bounds content, double viewWidth, double zoom) {
        double s = textScale * zoom;
        apply(zoom, new Point2D(content.getMinX(), content.getMinY()),
                (viewWidth - s * content.getWidth()) / 2, FIT_MARGIN);
    }

    /** The canvas point shown at view point {@code (x, y)}. */
    Point2D toCanvas(double x, double y) {
        return new Point2D((x - offset.getX()) / scale(), (y - offset.getY()) / scale());
    }

    /** Sets the zoom to {@code next} with canvas point {@code canvas} shown at view point {@code (x, y)}. */
    private void apply(double next, Point2D canvas, double x, double y) {
        zoom = next;
        double s = textScale * zoom;
        scale.setX(s);
        scale.setY(s);
        offset.setX(x - s * canvas.getX());
        offset.setY(y - s * canvas.getY());
    }
}
