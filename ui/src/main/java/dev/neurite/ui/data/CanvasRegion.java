package dev.neurite.ui.data;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region that fills itself with one canvas and redraws it when its size changes or {@link #redraw()} is called, so
 * a picture of thousands of marks costs one pass per resize, not one node per mark. JavaFX thread only.
 */
abstract class CanvasRegion extends Region {

    private final Canvas canvas = new Canvas();

    CanvasRegion(double prefWidth, double prefHeight) {
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(160, 120);
    }

    /** The canvas drawn on (for tests). */
    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren() {
        double width = Math.floor(getWidth());
        double height = Math.floor(getHeight());
        if (width != canvas.getWidth() || height != canvas.getHeight()) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }

    /** Draws the picture again at the current size. */
    final void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            draw(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    /** Draws on a cleared canvas of {@code width x height} pixels. */
    protected abstract void draw(GraphicsContext g, double width, double height);
}
