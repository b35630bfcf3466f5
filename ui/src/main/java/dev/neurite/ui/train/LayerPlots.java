package dev.neurite.ui.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.Histogram;
import dev.neurite.train.layerstats.LayerStatistics;
import dev.neurite.train.layerstats.ParameterStatistics;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/**
 * Draws one layer's two small plots on canvases: its main weight tensor per epoch as a heat-strip of histograms on a
 * shared value axis with the min/mean/max lines over it, and its gradient magnitude per epoch on a log axis shared by
 * all layers. Epochs run left to right, one column each. JavaFX thread only; O(epochs x bins) rectangles per plot.
 */
final class LayerPlots {

    static final Color WEIGHTS = Color.rgb(0x00, 0x72, 0xB2);
    static final Color MEAN = Color.rgb(0x00, 0x00, 0x00);
    static final Color RANGE = Color.rgb(0x99, 0x99, 0x99);
    static final Color GRADIENT = Color.rgb(0xD5, 0x5E, 0x00);
    static final Color GRADIENT_MAX = Color.rgb(0xE6, 0x9F, 0x00);
    private static final Color FRAME = Color.rgb(0xC8, 0xC8, 0xC8);
    private static final Font SMALL = Font.font(9);
    /** Room for the axis labels at the left of each plot. */
    static final double AXIS = 34;
    /** Room for the epoch numbers under each plot. */
    static final double EPOCH_LABELS = 11;

    private LayerPlots() {
    }

    /** A layer's main tensor over {@code epochs}: the histogram of each epoch as a column, min/mean/max as lines. */
    static void weights(Canvas canvas, List<EpochLayerStatistics> epochs, String layer) {
        GraphicsContext g = clear(canvas);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (EpochLayerStatistics epoch : epochs) {
            ParameterStatistics p = main(epoch, layer);
            if (p != null) {
                low = Math.min(low, p.min());
                high = Math.max(high, p.max());
            }
        }
        if (!(low <= high)) {
            empty(g, canvas, "no weights");
            return;
        }
        if (high == low) {
            high = low + 1e-6;
        }
        double left = AXIS;
        double width = canvas.getWidth() - left - 1;
        double top = 2;
        double height = canvas.getHeight() - 4 - EPOCH_LABELS;
        double column = width / epochs.size();
        epochLabels(g, epochs, left, column, top + height);
        double scaleLow = low;
        double span = high - low;
        java.util.function.DoubleUnaryOperator y = v -> top + height * (1 - (v - scaleLow) / span);
        double[] means = new double[epochs.size()];
        for (int e = 0; e < epochs.size(); e++) {
            ParameterStatistics p = main(epochs.get(e), layer);
            means[e] = p == null ? Double.NaN : p.mean();
            if (p == null) {
                continue;
            }
            Histogram h = p.histogram();
            double binWidth = (h.high() - h.low()) / h.bins();
            double peak = Math.max(1, h.peak());
            for (int b = 0; b < h.bins(); b++) {
                if (h.count(b) == 0) {
                    continue;
                }
                double from = y.applyAsDouble(h.low() + b * binWidth);
                double to = y.applyAsDouble(h.low() + (b + 1) * binWidth);
                g.setFill(WEIGHTS.deriveColor(0, 1, 1, 0.08 + 0.92 * h.count(b) / peak));
                g.fillRect(left + e * column + 1, Math.min(from, to), Math.max(1, column - 2),
                        Math.max(1, Math.abs(to - from)));
            }
            g.setStroke(RANGE);
            g.setLineWidth(1);
            g.strokeLine(left + e * column + 1, y.applyAsDouble(p.min()), left + (e + 1) * column - 1,
                    y.applyAsDouble(p.min()));
            g.strokeLine(left + e * column + 1, y.applyAsDouble(p.max()), left + (e + 1) * column - 1,
                    y.applyAsDouble(p.max()));
        }
        g.setStroke(MEAN);
        g.setLineWidth(1.5);
        polyline(g, means, y, left, column);
        axisLabel(g, format(high), left, top + 4);
        axisLabel(g, format(low), left, top + height - 4);
        if (low < 0 && high > 0) {
            g.setStroke(FRAME);
            g.setLineDashes(2, 3);
            g.strokeLine(left, y.applyAsDouble(0), left + width, y.applyAsDouble(0));
            g.setLineDashes(null);
        }
        frame(g, left, top, width, height);
    }

    /**
     * A layer's gradient magnitude over {@code epochs} on a log axis from {@code 10^lowExponent} to
     * {@code 10^highExponent}: the mean |g| as a line with points, the largest |g| as a lighter line.
     */
    static void gradients(Canvas canvas, List<EpochLayerStatistics> epochs, String layer, int lowExponent,
                          int highExponent) {
        GraphicsContext g = clear(canvas);
        double[] means = new double[epochs.size()];
        double[] maxima = new double[epochs.size()];
        boolean any = false;
        for (int e = 0; e < epochs.size(); e++) {
            ParameterStatistics p = main(epochs.get(e), layer);
            means[e] = p == null ? Double.NaN : p.meanAbsGradient();
            maxima[e] = p == null ? Double.NaN : p.maxAbsGradient();
            any |= means[e] > 0;
        }
        if (!any) {
            empty(g, canvas, epochs.isEmpty() ? "" : "no gradient");
            return;
        }
        double left = AXIS;
        double width = canvas.getWidth() - left - 1;
        double top = 2;
        double height = canvas.getHeight() - 4 - EPOCH_LABELS;
        double column = width / epochs.size();
        epochLabels(g, epochs, left, column, top + height);
        double decades = Math.max(1, highExponent - lowExponent);
        java.util.function.DoubleUnaryOperator y = v -> top + height * (1 - (Math.log10(v) - lowExponent) / decades);
        g.setStroke(FRAME);
        g.setLineWidth(0.5);
        for (int exponent = lowExponent + 1; exponent < highExponent; exponent++) {
            g.strokeLine(left, y.applyAsDouble(Math.pow(10, exponent)), left + width,
                    y.applyAsDouble(Math.pow(10, exponent)));
        }
        g.setLineWidth(1);
        g.setStroke(GRADIENT_MAX);
        polyline(g, maxima, y, left, column);
        g.setLineWidth(1.5);
        g.setStroke(GRADIENT);
        polyline(g, means, y, left, column);
        g.setFill(GRADIENT);
        for (int e = 0; e < means.length; e++) {
            if (means[e] > 0) {
                g.fillOval(left + (e + 0.5) * column - 2.5, y.applyAsDouble(means[e]) - 2.5, 5, 5);
            }
        }
        axisLabel(g, "1e" + highExponent, left, top + 4);
        axisLabel(g, "1e" + lowExponent, left, top + height - 4);
        frame(g, left, top, width, height);
    }

    /** The decades {lowest, highest} that hold every mean and max gradient of every layer in {@code epochs}. */
    static int[] gradientDecades(List<EpochLayerStatistics> epochs) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (EpochLayerStatistics epoch : epochs) {
            for (LayerStatistics layer : epoch.layers()) {
                ParameterStatistics p = layer.main().orElse(null);
                if (p != null && p.meanAbsGradient() > 0 && Double.isFinite(p.maxAbsGradient())) {
                    low = Math.min(low, p.meanAbsGradient());
                    high = Math.max(high, p.maxAbsGradient());
                }
            }
        }
        if (!(high > 0)) {
            return new int[] {-4, 0};
        }
        int lowest = (int) Math.floor(Math.log10(low));
        int highest = (int) Math.ceil(Math.log10(high));
        return new int[] {lowest, Math.max(lowest + 1, highest)};
    }

    /** The epoch numbers under the columns, as many as fit (at least 18 px apart). */
    private static void epochLabels(GraphicsContext g, List<EpochLayerStatistics> epochs, double left, double column,
                                    double bottom) {
        g.setFill(Color.rgb(0x77, 0x77, 0x77));
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        int every = (int) Math.ceil(18 / column);
        for (int e = 0; e < epochs.size(); e++) {
            if (e % every == 0 || e == epochs.size() - 1 && (e % every) * column >= 18) {
                g.fillText(Integer.toString(epochs.get(e).epoch()), left + (e + 0.5) * column, bottom + 1);
            }
        }
    }

    private static ParameterStatistics main(EpochLayerStatistics epoch, String layer) {
        return epoch.layer(layer).flatMap(LayerStatistics::main).orElse(null);
    }

    private static void polyline(GraphicsContext g, double[] values, java.util.function.DoubleUnaryOperator y,
                                 double left, double column) {
        double previousX = Double.NaN;
        double previousY = Double.NaN;
        for (int e = 0; e < values.length; e++) {
            if (!Double.isFinite(values[e])) {
                previousX = Double.NaN;
                continue;
            }
            double x = left + (e + 0.5) * column;
            double yy = y.applyAsDouble(values[e]);
            if (!Double.isFinite(yy)) {
                previousX = Double.NaN;
                continue;
            }
            if (!Double.isNaN(previousX)) {
                g.strokeLine(previousX, previousY, x, yy);
            } else if (values.length == 1) {
                g.strokeLine(x - column / 2 + 2, yy, x + column / 2 - 2, yy);
            }
            previousX = x;
            previousY = yy;
        }
    }

    private static GraphicsContext clear(Canvas canvas) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setLineDashes(null);
        return g;
    }

    private static void empty(GraphicsContext g, Canvas canvas, String text) {
        g.setFill(RANGE);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    private static void frame(GraphicsContext g, double left, double top, double width, double height) {
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(left, top, width, height);
    }

    private static void axisLabel(GraphicsContext g, String text, double left, double y) {
        g.setFill(Color.rgb(0x55, 0x55, 0x55));
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left - 3, y);
    }

    private static String format(double value) {
        return Math.abs(value) >= 0.01 || value == 0 ? String.format(Locale.ROOT, "%.2f", value)
                : String.format(Locale.ROOT, "%.0e", value);
    }
}
