package dev.neurite.ui.data;

import dev.neurite.ui.train.ChartTheme;
import javafx.collections.ListChangeListener;
import javafx.scene.paint.Color;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A region that fills itself with one canvas and redraws it when its size changes or {@link #redraw()} is called, so
 * a picture of thousands of marks costs one pass per resize, not one node per mark. JavaFX thread only.
 */
abstract class CanvasRegion extends Region {

    /**
     * The colours a picture is drawn with, for the window's theme (the root's {@code theme-dark} style class).
     *
     * @param background the picture's paper
     * @param text       axis lines, ticks and labels
     * @param grid       grid and zero lines
     * @param line       the main curve or one-colour marks
     * @param mark       highlighted marks (e.g. the 90/95/99% points)
     */
    record Colours(Color background, Color text, Color grid, Color line, Color mark) {
        static final Colours LIGHT = new Colours(Color.WHITE, Color.web("#57606a"), Color.web("#e4e7eb"),
                Color.web("#0969da"), Color.web("#cf222e"));
        static final Colours DARK = new Colours(Color.web("#0d1117"), Color.web("#b1bac4"), Color.web("#30363d"),
                Color.web("#58a6ff"), Color.web("#ff7b72"));
    }

    private final Canvas canvas = new Canvas();
    private final ListChangeListener<String> themeChanged = change -> followTheme(change.getList());
    private Colours colours = Colours.LIGHT;

    CanvasRegion(double prefWidth, double prefHeight) {
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(160, 120);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(themeChanged);
            }
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener(themeChanged);
                followTheme(scene.getRoot().getStyleClass());
            }
        });
    }

    /** The colours for the window's current theme. */
    final Colours colours() {
        return colours;
    }

    private void followTheme(java.util.List<? extends String> rootClasses) {
        Colours now = rootClasses.contains(ChartTheme.DARK) ? Colours.DARK : Colours.LIGHT;
        if (now != colours) {
            colours = now;
            redraw();
        }
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
