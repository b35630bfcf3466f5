package dev.neurite.ui.train;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;

/**
 * One live chart (loss or accuracy) of the current run and the overlaid runs: each batch's value faint, the smoothed
 * line over it, per-epoch training and validation points, a marker at every epoch boundary. {@link #refresh} runs
 * with the chart's notifications off, so a refresh costs one redraw; the per-batch lines are drawn through
 * {@link Decimation}, so a redraw costs about the same however many batches the run has had. JavaFX thread only.
 */
final class MetricChart {

    private static final int OVERLAYS = 0;
    private static final int EPOCHS = 1;
    private static final int SMOOTHED = 2;
    private static final int RAW = 3;
    /** Runs of batches the per-batch lines are cut into: a few per pixel column of a wide chart. */
    static final int MAX_BUCKETS = 600;

    private final MetricCurves curves;
    private final boolean isLoss;
    private final JFreeChart chart;
    private final XYPlot plot;
    private final XYSeries raw;
    private final XYSeries smoothed;
    private final XYSeries trainEpochs;
    private final XYSeries validationEpochs;
    private final XYSeriesCollection overlays = new XYSeriesCollection();
    private final NumberAxis linearAxis;
    private final LogAxis logAxis;

    private Curve.XUnit unit = Curve.XUnit.BATCH;
    private double smoothing = 0.9;
    private Ema ema = new Ema(smoothing);
    private double[] smoothedValues = new double[256];
    private int smoothedCount;
    private long drawnVersion = -1;
    private int drawnBoundaries;
    private int drawnGeneration;
    private List<RunEntry> drawnOverlays = List.of();

    MetricChart(MetricCurves curves, String title) {
        this.curves = curves;
        this.isLoss = curves.name().equals("loss");
        raw = new XYSeries("training, each batch", false, true);
        smoothed = new XYSeries("training, smoothed", false, true);
        trainEpochs = new XYSeries("training, epoch mean", false, true);
        validationEpochs = new XYSeries("validation, end of epoch", false, true);
        linearAxis = new NumberAxis(curves.name());
        linearAxis.setAutoRangeIncludesZero(false);
        logAxis = new LogAxis(curves.name() + " (log)");
        logAxis.setSmallestValue(1e-6);
        NumberAxis xAxis = new NumberAxis("batch");
        xAxis.setAutoRangeIncludesZero(false);
        plot = new XYPlot();
        plot.setDomainAxis(xAxis);
        plot.setRangeAxis(linearAxis);
        plot.setDataset(OVERLAYS, overlays);
        plot.setRenderer(OVERLAYS, renderer(true, true, null));
        plot.setDataset(EPOCHS, new XYSeriesCollection());
        ((XYSeriesCollection) plot.getDataset(EPOCHS)).addSeries(trainEpochs);
        ((XYSeriesCollection) plot.getDataset(EPOCHS)).addSeries(validationEpochs);
        plot.setRenderer(EPOCHS, renderer(true, true, new Color[]{Palette.TRAINING, Palette.VALIDATION}));
        plot.setDataset(SMOOTHED, new XYSeriesCollection(smoothed));
        plot.setRenderer(SMOOTHED, renderer(true, false, new Color[]{Palette.TRAINING}));
        plot.setDataset(RAW, new XYSeriesCollection(raw));
        plot.setRenderer(RAW, renderer(true, false, new Color[]{Palette.TRAINING_FAINT}));
        plot.getRenderer(SMOOTHED).setDefaultCreateEntities(false);
        plot.getRenderer(RAW).setDefaultCreateEntities(false);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        plot.setRangeGridlinePaint(new Color(0xE0, 0xE0, 0xE0));
        chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 13), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
    }

    JFreeChart chart() {
        return chart;
    }

    private static XYLineAndShapeRenderer renderer(boolean lines, boolean shapes, Color[] colours) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, shapes);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0}: x = {1}, {2}",
                new DecimalFormat("0.###"), new DecimalFormat("0.0000")));
        renderer.setDefaultShape(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setAutoPopulateSeriesShape(false);
        if (colours != null) {
            for (int i = 0; i < colours.length; i++) {
                renderer.setSeriesPaint(i, colours[i]);
                renderer.setSeriesStroke(i, new BasicStroke(colours[i].getAlpha() < 255 ? 1f : 2f));
            }
        }
        return renderer;
    }

    /** Shows the new points; rebuilds when the unit, smoothing or overlaid runs changed. JavaFX thread. */
    void refresh(Curve.XUnit newUnit, double newSmoothing, boolean log, List<RunEntry> runs) {
        boolean rebuild = newUnit != unit || newSmoothing != smoothing || curves.generation() != drawnGeneration;
        boolean overlaysChanged = !runs.equals(drawnOverlays);
        boolean axisChanged = isLoss && log != (plot.getRangeAxis() == logAxis);
        if (!rebuild && !overlaysChanged && !axisChanged && curves.version() == drawnVersion) {
            return;
        }
        chart.setNotify(false);
        try {
            if (rebuild) {
                unit = newUnit;
                smoothing = newSmoothing;
                clear();
                ((NumberAxis) plot.getDomainAxis()).setLabel(unit == Curve.XUnit.BATCH ? "batch" : "epoch");
            }
            appendNew();
            if (overlaysChanged || rebuild) {
                drawOverlays(runs);
            }
            if (axisChanged) {
                ValueAxis axis = log ? logAxis : linearAxis;
                plot.setRangeAxis(axis);
                axis.setAutoRange(true);
            }
            drawnVersion = curves.version();
            drawnGeneration = curves.generation();
        } finally {
            chart.setNotify(true);
        }
    }

    /** Zooms back out to show everything. */
    void resetZoom() {
        plot.getDomainAxis().setAutoRange(true);
        plot.getRangeAxis().setAutoRange(true);
    }

    private void clear() {
        raw.clear();
        smoothed.clear();
        trainEpochs.clear();
        validationEpochs.clear();
        plot.clearDomainMarkers();
        drawnBoundaries = 0;
        ema = new Ema(smoothing);
        smoothedCount = 0;
    }

    private void appendNew() {
        Curve batches = curves.batches();
        if (smoothedCount < batches.size()) {
            if (smoothedCount == 0) {
                // Batch 1 sits at 1/B epochs: the epoch's length bounds the smoothing's lag.
                double batchesPerEpoch = batches.x(0, Curve.XUnit.BATCH) / batches.x(0, Curve.XUnit.EPOCH);
                ema = new Ema(Ema.boundedByEpoch(smoothing, batchesPerEpoch));
            }
            smoothedValues = java.util.Arrays.copyOf(smoothedValues, Math.max(smoothedValues.length,
                    Integer.highestOneBit(batches.size()) * 2));
            for (int i = smoothedCount; i < batches.size(); i++) {
                smoothedValues[i] = ema.add(batches.value(i));
            }
            smoothedCount = batches.size();
            raw.clear();
            for (int i : Decimation.extremes(batches.values(), batches.size(), MAX_BUCKETS)) {
                raw.add(batches.x(i, unit), batches.value(i), false);
            }
            smoothed.clear();
            for (int i : Decimation.lastOfEach(batches.size(), MAX_BUCKETS)) {
                smoothed.add(batches.x(i, unit), smoothedValues[i], false);
            }
        }
        append(curves.trainEpochs(), trainEpochs);
        append(curves.validationEpochs(), validationEpochs);
        List<Double> boundaries = curves.boundaries(unit);
        for (int i = drawnBoundaries; i < boundaries.size(); i++) {
            ValueMarker marker = new ValueMarker(boundaries.get(i), Palette.EPOCH_MARKER, new BasicStroke(1f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[]{4f, 4f}, 0f));
            plot.addDomainMarker(marker, Layer.BACKGROUND);
        }
        drawnBoundaries = boundaries.size();
        raw.fireSeriesChanged();
        smoothed.fireSeriesChanged();
    }

    private void append(Curve source, XYSeries target) {
        for (int i = target.getItemCount(); i < source.size(); i++) {
            target.add(source.x(i, unit), source.value(i), false);
        }
        target.fireSeriesChanged();
    }

    private void drawOverlays(List<RunEntry> runs) {
        overlays.removeAllSeries();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer(OVERLAYS);
        int series = 0;
        for (int r = 0; r < runs.size(); r++) {
            RunEntry run = runs.get(r);
            if (unit == Curve.XUnit.BATCH && run.batchesPerEpoch() == 0) {
                continue;   // a run trained elsewhere (import-run) has no batch count: it is drawn per epoch only
            }
            XYSeries train = new XYSeries(run.record().title() + " training", false, true);
            XYSeries validation = new XYSeries(run.record().title() + " validation", false, true);
            for (var epoch : run.record().history()) {
                double x = unit == Curve.XUnit.BATCH ? (double) epoch.epoch() * run.batchesPerEpoch() : epoch.epoch();
                train.add(x, isLoss ? epoch.loss() : epoch.accuracy(), false);
                double v = isLoss ? epoch.validationLoss() : epoch.validationAccuracy();
                if (Double.isFinite(v)) {
                    validation.add(x, v, false);
                }
            }
            for (XYSeries s : List.of(train, validation)) {
                if (s.getItemCount() == 0) {
                    continue;
                }
                overlays.addSeries(s);
                renderer.setSeriesPaint(series, Palette.run(r));
                renderer.setSeriesStroke(series, s == train ? new BasicStroke(1.5f)
                        : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                        new float[]{6f, 4f}, 0f));
                series++;
            }
        }
        drawnOverlays = List.copyOf(runs);
    }
}
