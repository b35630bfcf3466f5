package dev.neurite.ui.train;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;

/**
 * The colours of a JFreeChart chart (background, plot, grid, axis labels and ticks, title, legend) for the window's
 * light or dark theme, so that a chart reads like the rest of the window. JavaFX thread (the chart repaints itself).
 */
public final class ChartTheme {

    /** The style class the window's root carries in the dark theme. */
    public static final String DARK = "theme-dark";

    private static final Color DARK_BACKGROUND = new Color(0x0d, 0x11, 0x17);
    private static final Color DARK_PLOT = new Color(0x16, 0x1b, 0x22);
    private static final Color DARK_GRID = new Color(0x30, 0x36, 0x3d);
    private static final Color DARK_TEXT = new Color(0xc9, 0xd1, 0xd9);
    private static final Color LIGHT_GRID = new Color(0xE0, 0xE0, 0xE0);

    private ChartTheme() {
    }

    /** Paints {@code chart} (an XY chart, legend optional) for the dark theme when {@code dark}, else the light. */
    public static void apply(JFreeChart chart, boolean dark) {
        Color background = dark ? DARK_BACKGROUND : Color.WHITE;
        Color text = dark ? DARK_TEXT : Color.BLACK;
        chart.setBackgroundPaint(background);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(text);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(background);
            chart.getLegend().setItemPaint(text);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(dark ? DARK_PLOT : Color.WHITE);
            Color grid = dark ? DARK_GRID : LIGHT_GRID;
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                paint(plot.getDomainAxis(i), text);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                paint(plot.getRangeAxis(i), text);
            }
        }
    }

    private static void paint(ValueAxis axis, Color text) {
        if (axis != null) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setAxisLinePaint(text);
            axis.setTickMarkPaint(text);
        }
    }
}
