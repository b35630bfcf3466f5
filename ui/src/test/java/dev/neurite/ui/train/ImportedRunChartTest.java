package dev.neurite.ui.train;

import dev.neurite.format.Templates;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run trained elsewhere (import-run) has epochs but no batch count: it is drawn on the epoch axis only. */
class ImportedRunChartTest {

    private static RunEntry importedRun() {
        List<EpochMetrics> epochs = List.of(new EpochMetrics(1, 0.9, 0.7, 0.6, 0.8, 0, 0, 0.001),
                new EpochMetrics(2, 0.5, 0.85, 0.45, 0.88, 0, 0, 0.001));
        return new RunEntry(new RunRecord(1, Instant.parse("2026-12-03T09:00:00Z"), 0, Templates.get("mnist-mlp"),
                CallbackSettings.none(), "digits", "", epochs, 0, TrainingListener.EndReason.COMPLETED,
                "Imported from model.keras, trained elsewhere for 2 epochs.", Double.NaN, Double.NaN));
    }

    private static XYDataset overlays(MetricChart chart) {
        return chart.chart().getXYPlot().getDataset(0);
    }

    @Test
    void runWithoutBatchCountIsDrawnPerEpochNotPiledAtBatchZero() {
        MetricChart chart = new MetricChart(new MetricCurves("loss"), "Loss");

        chart.refresh(Curve.XUnit.BATCH, 0, false, List.of(importedRun()));
        assertEquals(0, overlays(chart).getSeriesCount());

        chart.refresh(Curve.XUnit.EPOCH, 0, false, List.of(importedRun()));
        assertEquals(2, overlays(chart).getSeriesCount());
        assertEquals(2.0, overlays(chart).getXValue(0, 1), 1e-12);
        assertEquals(0.5, overlays(chart).getYValue(0, 1), 1e-12);
    }
}
