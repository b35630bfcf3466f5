package dev.neurite.ui.train;

import dev.neurite.train.EpochMetrics;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chart as PNG (JFreeChart's {@link ChartUtils}) or SVG (JFreeSVG), and a history as CSV with Keras's column
 * names. Called on the JavaFX thread (the chart must not change while it is drawn); each write takes milliseconds.
 */
final class Exports {

    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    private Exports() {
    }

    static void png(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    static void svg(JFreeChart chart, Path file) throws IOException {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        SVGUtils.writeToSVG(file.toFile(), graphics.getSVGElement());
    }

    /** {@code epoch,loss,accuracy,val_loss,val_accuracy,seconds,samples_per_second,learning_rate}; empty for NaN. */
    static String csv(List<EpochMetrics> history) {
        StringBuilder csv = new StringBuilder(
                "epoch,loss,accuracy,val_loss,val_accuracy,seconds,samples_per_second,learning_rate\n");
        for (EpochMetrics e : history) {
            csv.append(e.epoch());
            for (double v : new double[]{e.loss(), e.accuracy(), e.validationLoss(), e.validationAccuracy(),
                e.seconds(), e.samplesPerSecond(), e.learningRate()}) {
                csv.append(',').append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static void csv(List<EpochMetrics> history, Path file) throws IOException {
        Files.writeString(file, csv(history), StandardCharsets.UTF_8);
    }
}
