package dev.neurite.ui.inside;

import dev.neurite.explain.ReceptiveField;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * A small image drawn large with square pixels, optionally with a translucent overlay and an outlined rectangle of
 * pixels (a receptive field) on top. JavaFX thread only.
 */
final class PixelCanvas extends Canvas {

    private int rows;
    private int columns;

    PixelCanvas(double size) {
        super(size, size);
    }

    /**
     * Draws {@code argb} ({@code rows x columns}, row after row), then {@code overlay} (ARGB with alpha, same size, or
     * null), then {@code field} (or null) as a rectangle.
     */
    void show(int[] argb, int rows, int columns, int[] overlay, ReceptiveField field) {
        this.rows = rows;
        this.columns = columns;
        GraphicsContext g = getGraphicsContext2D();
        g.setImageSmoothing(false);
        g.clearRect(0, 0, getWidth(), getHeight());
        g.drawImage(image(argb, rows, columns), 0, 0, getWidth(), getHeight());
        if (overlay != null) {
            g.drawImage(image(overlay, rows, columns), 0, 0, getWidth(), getHeight());
        }
        if (field != null) {
            double cell = getWidth() / columns;
            double rowCell = getHeight() / rows;
            g.setStroke(Color.rgb(0, 170, 255));
            g.setLineWidth(2);
            g.strokeRect(field.left() * cell + 1, field.top() * rowCell + 1, field.width() * cell - 2,
                    field.height() * rowCell - 2);
        }
    }

    /** Clears the canvas. */
    void clear() {
        getGraphicsContext2D().clearRect(0, 0, getWidth(), getHeight());
        rows = 0;
        columns = 0;
    }

    /** The image row under {@code y}, or -1. */
    int rowAt(double y) {
        return rows == 0 || y < 0 || y >= getHeight() ? -1 : (int) (y / getHeight() * rows);
    }

    /** The image column under {@code x}, or -1. */
    int columnAt(double x) {
        return columns == 0 || x < 0 || x >= getWidth() ? -1 : (int) (x / getWidth() * columns);
    }

    private static WritableImage image(int[] argb, int rows, int columns) {
        WritableImage image = new WritableImage(columns, rows);
        image.getPixelWriter().setPixels(0, 0, columns, rows, PixelFormat.getIntArgbInstance(), argb, 0, columns);
        return image;
    }
}
