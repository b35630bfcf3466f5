package dev.neurite.ui.data;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.List;

/**
 * The explained-variance curve: the fraction of the pixels' variance the first k components keep, for every k
 * (scikit-learn's {@code np.cumsum(pca.explained_variance_ratio_)}), with the counts that keep 90, 95 and 99% marked
 * and labelled, and the reconstruction's k as a vertical line. Drawn on one canvas. JavaFX thread only.
 */
final class VarianceCurve extends CanvasRegion {

    private static final Color CHOSEN = Color.web("#ff9f1c");
    private static final Font FONT = Font.font(11);
    private static final double LEFT = 46;
    private static final double RIGHT = 14;
    private static final double TOP = 10;
    private static final double BOTTOM = 34;

    /** A marked point of the curve: {@code components} keep {@code fraction}, said by {@code text}. */
    record Mark(double fraction, int components, String text) {
    }

    private double[] cumulative = new double[0];
    private List<Mark> marks = List.of();
    private int chosen;

    VarianceCurve() {
        super(440, 200);
        setId("pca-curve");
    }

    /** Shows {@code newCumulative} (entry i: the first i + 1 components) with its marks; empty for none. */
    void show(double[] newCumulative, List<Mark> newMarks, int newChosen) {
        cumulative = newCumulative.clone();
        marks = List.copyOf(newMarks);
        chosen = newChosen;
        redraw();
    }

    /** Moves the reconstruction's k. */
    void choose(int k) {
        chosen = k;
        redraw();
    }

    /** The points drawn (for tests): entry i is the fraction the first i + 1 components keep. */
    double[] values() {
        return cumulative.clone();
    }

    @Override
    protected void draw(GraphicsContext g, double width, double height) {
        g.setFill(colours().background());
        g.fillRect(0, 0, width, height);
        int n = cumulative.length;
        if (n == 0) {
            return;
        }
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
        g.setFont(FONT);
        g.setLineWidth(1);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p / 100.0, plotHeight);
            g.setStroke(colours().grid());
            g.strokeLine(LEFT, y, LEFT + plotWidth, y);
            g.setFill(colours().text());
            g.fillText(p + "%", LEFT - 5, y);
        }
        double step = tickStep(n);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double k = 0; k <= n; k += step) {
            double x = x(k, n, plotWidth);
            g.setStroke(colours().text());
            g.strokeLine(x, TOP + plotHeight, x, TOP + plotHeight + 4);
            g.setFill(colours().text());
            g.fillText(String.valueOf((int) k), x, TOP + plotHeight + 5);
        }
        g.fillText("number of components kept, k", LEFT + plotWidth / 2, TOP + plotHeight + 19);
        g.setStroke(colours().text());
        g.strokeLine(LEFT, TOP, LEFT, TOP + plotHeight);
        g.strokeLine(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight);

        if (chosen >= 1 && chosen <= n) {
            double x = x(chosen, n, plotWidth);
            g.setStroke(CHOSEN);
            g.setLineWidth(1.5);
            g.strokeLine(x, TOP, x, TOP + plotHeight);
            g.setFill(CHOSEN.darker());
            g.setTextAlign(x > LEFT + plotWidth - 40 ? TextAlignment.RIGHT : TextAlignment.LEFT);
            g.fillText(" k = " + chosen + " ", x, TOP + plotHeight - 18);
        }

        g.setStroke(colours().line());
        g.setLineWidth(2);
        g.beginPath();
        g.moveTo(x(0, n, plotWidth), y(0, plotHeight));
        for (int i = 0; i < n; i++) {
            g.lineTo(x(i + 1, n, plotWidth), y(cumulative[i], plotHeight));
        }
        g.stroke();
        drawMarks(g, n, plotWidth, plotHeight);
    }

    /**
     * Each mark is a dot on the curve and a label in the empty space below the curve's knee, joined by a thin line:
     * labels are stacked with the largest fraction on top, so the lines never cross each other or the curve.
     */
    private void drawMarks(GraphicsContext g, int n, double plotWidth, double plotHeight) {
        if (marks.isEmpty()) {
            return;
        }
        double widest = 0;
        double rightmost = 0;
        for (Mark mark : marks) {
            widest = Math.max(widest, textWidth(mark.text()));
            rightmost = Math.max(rightmost, x(mark.components(), n, plotWidth));
        }
        double labelX = Math.min(rightmost + 28, LEFT + plotWidth - widest - 4);
        labelX = Math.max(labelX, LEFT + 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < marks.size(); i++) {
            Mark mark = marks.get(i);
            double px = x(mark.components(), n, plotWidth);
            double py = y(mark.fraction(), plotHeight);
            double labelY = TOP + plotHeight * (0.36 + 0.17 * (marks.size() - 1 - i));
            g.setStroke(colours().mark());
            g.setLineWidth(0.8);
            g.setLineDashes(3, 3);
            g.strokeLine(px, py, px, TOP + plotHeight);
            g.setLineDashes();
            g.strokeLine(px, py, labelX - 3, labelY);
            g.setFill(colours().mark());
            g.fillOval(px - 3.5, py - 3.5, 7, 7);
            g.setFill(colours().background());
            g.fillRect(labelX - 2, labelY - 8, textWidth(mark.text()) + 4, 16);
            g.setFill(colours().mark().darker());
            g.fillText(mark.text(), labelX, labelY);
        }
    }

    private static double x(double k, int n, double plotWidth) {
        return LEFT + plotWidth * k / n;
    }

    private static double y(double fraction, double plotHeight) {
        return TOP + plotHeight * (1 - fraction);
    }

    /** A round step for about 4 to 8 ticks over {@code [0, n]}. */
    static double tickStep(int n) {
        double raw = n / 6.0;
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (raw <= factor * power) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static double textWidth(String text) {
        Text measure = new Text(text);
        measure.setFont(FONT);
        return measure.getLayoutBounds().getWidth();
    }
}
