package dev.neurite.ui.editor.canvas;

import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gestures on the empty canvas: a click clears the selection, a left-button drag selects with a rubber band
 * (Ctrl/Shift keep the selection), a right- or middle-button drag or the wheel pans, Ctrl+wheel zooms at the
 * pointer. JavaFX thread only.
 */
final class SurfaceGestures {

    private final EditorViewModel editor;
    private final CanvasView canvas;
    private final Viewport viewport;
    private final Rectangle marquee;
    private Point2D marqueeStart;
    private Point2D panFrom;

    SurfaceGestures(EditorViewModel editor, CanvasView canvas, Viewport viewport, Rectangle marquee) {
        this.editor = editor;
        this.canvas = canvas;
        this.viewport = viewport;
        this.marquee = marquee;
    }

    void install(Pane surface) {
        surface.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            canvas.requestFocus();
            Point2D local = new Point2D(event.getX(), event.getY());
            if (event.getButton() == MouseButton.PRIMARY) {
                if (!event.isShortcutDown() && !event.isShiftDown()) {
                    editor.selection().clear();
                }
                marqueeStart = viewport.toCanvas(local.getX(), local.getY());
            } else {
                panFrom = local;
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (panFrom != null) {
                viewport.panBy(event.getX() - panFrom.getX(), event.getY() - panFrom.getY());
                panFrom = new Point2D(event.getX(), event.getY());
            } else if (marqueeStart != null) {
                Point2D now = viewport.toCanvas(event.getX(), event.getY());
                marquee.setX(Math.min(now.getX(), marqueeStart.getX()));
                marquee.setY(Math.min(now.getY(), marqueeStart.getY()));
                marquee.setWidth(Math.abs(now.getX() - marqueeStart.getX()));
                marquee.setHeight(Math.abs(now.getY() - marqueeStart.getY()));
                marquee.setVisible(true);
            }
        });
        surface.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            if (marquee.isVisible()) {
                List<String> inside = canvas.nodeViews().stream()
                        .filter(n -> marquee.getBoundsInParent().intersects(n.getBoundsInParent()))
                        .map(NodeView::name).toList();
                Set<String> chosen = new LinkedHashSet<>(editor.selection().nodes());
                chosen.addAll(inside);
                editor.selection().selectOnly(chosen);
            }
            marquee.setVisible(false);
            marqueeStart = null;
            panFrom = null;
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (event.isShortcutDown()) {
                viewport.zoomAt(Viewport.wheelFactor(event.getDeltaY()), event.getX(), event.getY());
            } else {
                viewport.panBy(event.getDeltaX(), event.getDeltaY());
            }
            event.consume();
        });
    }
}
