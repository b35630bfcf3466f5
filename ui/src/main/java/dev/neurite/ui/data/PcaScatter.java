package dev.neurite.ui.data;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A set of images on the first two principal components, one dot per image coloured by its class: thousands of dots
 * drawn on one canvas, once per resize or new data. JavaFX thread only.
 */
final class PcaScatter extends CanvasRegion {

    private static final Font FONT = Font.font(11);
    private static final double MARGIN = 10;
    private static final double BOTTOM = 20;
    private static final double LEFT = 22;
    private static final double DOT = 3;

    private float[] points = new float[0];
    private int[] labels = new int[0];
    private int classes;

    PcaScatter() {
        super(440, 220);
        setId("pca-scatter");
    }

    /**
     * Shows {@code newPoints} ({@code x0, y0, x1, y1, ...}) coloured by {@code newLabels} (one per point, or empty for
     * one colour) among {@code classCount} classes.
     */
    void show(float[] newPoints, int[] newLabels, int classCount) {
        points = newPoints;
        labels = newLabels;
        classes = classCount;
        redraw();
    }

    /** How many points are drawn (for tests). */
    int pointCount() {
        return points.length / 2;
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        g.setFill(colours().background());
        g.fillRect(0, 0, width, height);
        int n = points.length / 2;
        if (n == 0) {
            return;
        }
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, points[2 * i]);
            maxX = Math.max(maxX, points[2 * i]);
            minY = Math.min(minY, points[2 * i + 1]);
            maxY = Math.max(maxY, points[2 * i + 1]);
        }
        double spanX = Math.max(1e-6, maxX - minX);
        double spanY = Math.max(1e-6, maxY - minY);
        double left = LEFT + MARGIN;
        double plotWidth = width - left - MARGIN;
        double plotHeight = height - MARGIN - BOTTOM;
        double scaleX = plotWidth / spanX;
        double scaleY = plotHeight / spanY;

        g.setStroke(colours().grid());
        g.setLineWidth(1);
        if (minX < 0 && maxX > 0) {
            double x0 = left - minX * scaleX;
            g.strokeLine(x0, MARGIN, x0, MARGIN + plotHeight);
        }
        if (minY < 0 && maxY > 0) {
            double y0 = MARGIN + maxY * scaleY;
            g.strokeLine(left, y0, left + plotWidth, y0);
        }
        g.setGlobalAlpha(0.65);
        for (int i = 0; i < n; i++) {
            g.setFill(labels.length == n ? ClassColours.of(labels[i], classes) : colours().line());
            double x = left + (points[2 * i] - minX) * scaleX;
            double y = MARGIN + (maxY - points[2 * i + 1]) * scaleY;
            g.fillRect(x - DOT / 2, y - DOT / 2, DOT, DOT);
        }
        g.setGlobalAlpha(1);
        g.setFill(colours().text());
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("first component \u2192", left + plotWidth / 2, MARGIN + plotHeight + 4);
        g.save();
        g.translate(LEFT / 2 + 2, MARGIN + plotHeight / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("second component \u2192", 0, 0);
        g.restore();
    }
}
