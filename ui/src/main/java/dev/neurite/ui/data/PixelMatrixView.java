package dev.neurite.ui.data;

import dev.neurite.data.DataSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * One image as its matrix of pixel values: a cell per pixel, shaded by its value (0 black, 255 white, as MNIST's ink)
 * with the number written in it. The cells grow with the space given, down to {@link #MIN_CELL} pixels. Hovering a
 * cell marks it and publishes its row and column ({@link #hoveredProperty()}). Drawn on one canvas, so a redraw is
 * a few hundred fills and texts. JavaFX thread only.
 */
final class PixelMatrixView extends Region {

    static final double MIN_CELL = 12;
    private static final double MAX_CELL = 26;
    private static final Color MARK = Color.web("#ff9f1c");

    private final Canvas canvas = new Canvas();
    private final ReadOnlyObjectWrapper<Cell> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private DataSet set;
    private int index = -1;

    /** A pixel's position in the image. */
    record Cell(int row, int column) {
    }

    PixelMatrixView() {
        getStyleClass().add(DataStyles.MATRIX);
        setId("pixel-matrix");
        getChildren().add(canvas);
        canvas.setOnMouseMoved(e -> hover(cellAt(e.getX(), e.getY())));
        canvas.setOnMouseExited(e -> hover(null));
        setMinSize(28 * MIN_CELL, 28 * MIN_CELL);
    }

    /** The pixel under the pointer, or null. */
    ReadOnlyObjectProperty<Cell> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Shows image {@code newIndex} of {@code newSet}; nothing for a null set or a negative index. */
    void show(DataSet newSet, int newIndex) {
        set = newSet;
        index = newIndex;
        hovered.set(null);
        draw();
    }

    /** The side of one cell in pixels at the current size. */
    double cellSize() {
        if (set == null) {
            return MIN_CELL;
        }
        double side = Math.min(getWidth() / set.width(), getHeight() / set.height());
        return Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(side)));
    }

    /** The cell at canvas point ({@code x}, {@code y}), or null outside the image. */
    Cell cellAt(double x, double y) {
        if (set == null || index < 0) {
            return null;
        }
        double cell = cellSize();
        int column = (int) Math.floor(x / cell);
        int row = (int) Math.floor(y / cell);
        return row >= 0 && column >= 0 && row < set.height() && column < set.width() ? new Cell(row, column) : null;
    }

    @Override
    protected void layoutChildren() {
        double cell = cellSize();
        int columns = set == null ? 28 : set.width();
        int rows = set == null ? 28 : set.height();
        if (canvas.getWidth() != cell * columns || canvas.getHeight() != cell * rows) {
            canvas.setWidth(cell * columns);
            canvas.setHeight(cell * rows);
            draw();
        }
        canvas.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 28 * 20;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 28 * 20;
    }

    private void hover(Cell cell) {
        if (cell == null ? hovered.get() != null : !cell.equals(hovered.get())) {
            hovered.set(cell);
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (set == null || index < 0) {
            return;
        }
        double cell = cellSize();
        // Three digits must fit in a cell: at the smallest cells the font shrinks to 6 px and zeros are left out, so
        // the ink's numbers stay apart (the hovered value is also written above the matrix).
        g.setFont(Font.font("Monospaced", Math.max(6, Math.min(cell * 0.42, cell / 2.1))));
        boolean small = cell < 17;
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int row = 0; row < set.height(); row++) {
            for (int column = 0; column < set.width(); column++) {
                int value = set.pixel(index, row, column);
                g.setFill(Color.grayRgb(value));
                g.fillRect(column * cell, row * cell, cell, cell);
                if (value == 0 && small) {
                    continue;
                }
                g.setFill(value == 0 ? Color.grayRgb(80) : value < 128 ? Color.WHITE : Color.BLACK);
                g.fillText(Integer.toString(value), column * cell + cell / 2, row * cell + cell / 2);
            }
        }
        g.setStroke(Color.grayRgb(60));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, canvas.getWidth() - 1, canvas.getHeight() - 1);
        Cell mark = hovered.get();
        if (mark != null) {
            g.setStroke(MARK);
            g.setLineWidth(2);
            g.strokeRect(mark.column() * cell + 1, mark.row() * cell + 1, cell - 2, cell - 2);
        }
    }
}
