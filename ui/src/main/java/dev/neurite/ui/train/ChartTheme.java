package dev.neurite.ui.train;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;
import java.awt.Font;

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

    /** The text scale a window root's style classes ask for ({@code scale-150} is 1.5), 1 when none. */
    public static double scale(java.util.List<String> rootStyleClasses) {
        for (String styleClass : rootStyleClasses) {
            if (styleClass.startsWith("scale-")) {
                return Integer.parseInt(styleClass.substring("scale-".length())) / 100.0;
            }
        }
        return 1;
    }

    /**
     * Paints {@code chart} (an XY chart, legend optional) for the dark theme when {@code dark}, else the light, its
     * text {@code scale} times the normal size.
     */
    public static void apply(JFreeChart chart, boolean dark, double scale) {
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(13 * scale));
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(12 * scale));
        Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * scale));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(title);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(label);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                fonts(plot.getDomainAxis(i), label, ticks);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                fonts(plot.getRangeAxis(i), label, ticks);
            }
        }
        apply(chart, dark);
    }

    private static void fonts(ValueAxis axis, Font label, Font ticks) {
        if (axis != null) {
            axis.setLabelFont(label);
            axis.setTickLabelFont(ticks);
        }
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
