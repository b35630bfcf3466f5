package dev.neurite.ui.inside;

import dev.neurite.explain.HeatColours;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.function.IntConsumer;

/**
 * A vector layer's units as a strip of bars, in rows of up to {@value #PER_ROW} units so that 512 units stay
 * readable (four rows of 4-pixel bars; more, shorter rows in a narrow window); each bar's height and colour is the
 * unit's value on the layer's scale; the
 * {@value #LABELLED} strongest are labelled with their index. Either in unit order or strongest first. JavaFX thread.
 */
final class UnitStrip extends Canvas {

    static final int PER_ROW = 128;
    static final int LABELLED = 5;
    private static final double ROW_HEIGHT = 34;
    private static final double LABEL = 13;
    private static final double MARGIN = 4;

    private final int units;
    private int perRow;
    private double unitWidth;
    private int[] order;
    private float[] values;
    private float low;
    private float high;
    private int[] strongest;
    private boolean labelBars = true;

    UnitStrip(int units, IntConsumer onPointer, IntConsumer onClick) {
        this.units = units;
        fitTo(2 * MARGIN + 512);
        getStyleClass().add(InsideStyles.STRIP);
        setOnMouseMoved(e -> {
            int unit = unitAt(e.getX(), e.getY());
            onPointer.accept(unit);
        });
        setOnMouseExited(e -> onPointer.accept(-1));
        setOnMouseClicked(e -> {
            int unit = unitAt(e.getX(), e.getY());
            if (unit >= 0) {
                onClick.accept(unit);
            }
        });
    }

    /**
     * Sizes the strip for {@code available} pixels of width: rows of {@value #PER_ROW} units of 4 pixels, or of 64 or
     * 32 units when narrower, so a bar never gets thinner than 4 pixels. Redraws what was shown.
     */
    void fitTo(double available) {
        int fitting = PER_ROW;
        while (fitting > 32 && 2 * MARGIN + fitting * 4 > available) {
            fitting /= 2;
        }
        int newPerRow = Math.min(units, fitting);
        double newUnitWidth = Math.max(4, Math.min(24, Math.floor(Math.min(512, available - 2 * MARGIN)
                / newPerRow)));
        if (newPerRow == perRow && newUnitWidth == unitWidth) {
            return;
        }
        perRow = newPerRow;
        unitWidth = newUnitWidth;
        int rows = (units + perRow - 1) / perRow;
        setWidth(2 * MARGIN + perRow * unitWidth);
        setHeight(rows * (ROW_HEIGHT + LABEL) + MARGIN);
        if (values != null) {
            show(values, low, high, order, strongest, labelBars);
        }
    }

    /** The number of units. */
    int units() {
        return units;
    }

    /**
     * Draws {@code values} (one per unit) from {@code low} to {@code high}, laid out in {@code order} (unit indices).
     *
     * @param strongest unit indices, strongest first (the first {@value #LABELLED} are labelled)
     */
    void show(float[] values, float low, float high, int[] order, int[] strongest) {
        show(values, low, high, order, strongest, true);
    }

    /** @param labelBars whether to label the strongest bars with their index (in unit order; sorted, they are first) */
    void show(float[] values, float low, float high, int[] order, int[] strongest, boolean labelBars) {
        this.labelBars = labelBars;
        this.order = order.clone();
        this.values = values.clone();
        this.low = low;
        this.high = high;
        this.strongest = strongest.clone();
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        float bottom = Math.min(0, low);
        float top = Math.max(0, high);
        double span = top - bottom > 0 ? top - bottom : 1;
        java.util.Set<Integer> labelled = new java.util.HashSet<>();
        for (int k = 0; labelBars && k < Math.min(LABELLED, strongest.length); k++) {
            labelled.add(strongest[k]);
        }
        double[] labelEnd = new double[(order.length + perRow - 1) / perRow];
        java.util.Arrays.fill(labelEnd, Double.NEGATIVE_INFINITY);
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        for (int position = 0; position < order.length; position++) {
            int unit = order[position];
            double x = MARGIN + (position % perRow) * unitWidth;
            double rowTop = MARGIN + (position / perRow) * (ROW_HEIGHT + LABEL) + LABEL;
            double zero = rowTop + ROW_HEIGHT * top / span;
            double value = values[unit];
            double y0 = rowTop + ROW_HEIGHT * (top - Math.max(0, value)) / span;
            double y1 = rowTop + ROW_HEIGHT * (top - Math.min(0, value)) / span;
            g.setFill(Color.rgb(232, 232, 238));
            g.fillRect(x, rowTop, unitWidth - (unitWidth > 4 ? 1 : 0.5), ROW_HEIGHT);
            g.setFill(colour(HeatColours.sequential(high > low ? (value - low) / (high - low) : 0)));
            g.fillRect(x, y0, unitWidth - (unitWidth > 4 ? 1 : 0.5), Math.max(1, y1 - y0));
            int row = position / perRow;
            double centre = Math.min(getWidth() - 12, Math.max(12, x + unitWidth / 2));
            if (labelled.contains(unit) && centre - 12 > labelEnd[row]) { // a label that would overlap is left out
                g.setFill(Color.rgb(50, 50, 50));
                g.fillText(Integer.toString(unit), centre, rowTop - 1);
                labelEnd[row] = centre + 12;
            }
            if (position % perRow == 0 && bottom < 0) {
                g.setStroke(Color.GRAY);
                g.strokeLine(MARGIN, zero, getWidth() - MARGIN, zero);
            }
        }
    }

    /** The unit drawn at {@code (x, y)}, or -1. */
    int unitAt(double x, double y) {
        if (order == null) {
            return -1;
        }
        int column = (int) ((x - MARGIN) / unitWidth);
        int row = (int) ((y - MARGIN) / (ROW_HEIGHT + LABEL));
        int position = row * perRow + column;
        if (x < MARGIN || column >= perRow || position < 0 || position >= order.length) {
            return -1;
        }
        return order[position];
    }

    private static Color colour(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
    }
}
