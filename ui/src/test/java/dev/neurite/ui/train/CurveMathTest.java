package dev.neurite.ui.train;

import dev.neurite.train.BatchProgress;
import dev.neurite.train.EpochMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The numbers behind the charts: per-batch values from running means, smoothing, the CSV export. */
class CurveMathTest {

    @Test
    void eachBatchsOwnLossIsRecoveredFromTheRunningMeansIncludingAShortLastBatch() {
        EventBuffer buffer = new EventBuffer();
        SessionListener listener = new SessionListener(buffer, 10, 25);
        double[] losses = {2.0, 1.0, 0.5};
        int[] counts = {10, 10, 5};
        double sum = 0;
        int seen = 0;
        for (int b = 0; b < 3; b++) {
            sum += losses[b] * counts[b];
            seen += counts[b];
            listener.batchEnded(new BatchProgress(1, b + 1, 3, sum / seen, 0.5));
        }
        List<Double> recovered = buffer.drain().stream().map(e -> ((TrainingEvent.Batch) e).loss()).toList();
        assertEquals(2.0, recovered.get(0), 1e-12);
        assertEquals(1.0, recovered.get(1), 1e-12);
        assertEquals(0.5, recovered.get(2), 1e-12);
    }

    @Test
    void biasCorrectedSmoothingStartsAtTheFirstValueInsteadOfZero() {
        Ema ema = new Ema(0.9);
        assertEquals(4.0, ema.add(4.0), 1e-12);
        assertEquals(4.0, ema.add(4.0), 1e-12);
        double third = ema.add(1.0);
        assertEquals(4.0 - 3.0 * 0.1 / (1 - 0.9 * 0.9 * 0.9), third, 1e-12);
    }

    @Test
    void aLongCurveIsDrawnWithBoundedPointsAndKeepsItsSpikesAndNewestPoint() {
        int size = 100_000;
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            values[i] = 1.0 / (1 + i * 1e-3);
        }
        values[71_234] = 9.0;
        values[500] = Double.NaN;
        int[] kept = Decimation.extremes(values, size, 600);
        assertTrue(kept.length <= 1200, "points drawn: " + kept.length);
        assertTrue(java.util.Arrays.stream(kept).anyMatch(i -> i == 71_234), "the spike is drawn");
        for (int k = 1; k < kept.length; k++) {
            assertTrue(kept[k] > kept[k - 1], "in batch order");
        }
        int[] line = Decimation.lastOfEach(size, 600);
        assertTrue(line.length <= 600);
        assertEquals(size - 1, line[line.length - 1]);
    }

    @Test
    void aShortCurveIsDrawnWhole() {
        double[] values = {3, 1, 2, 5};
        assertArrayEquals(new int[]{0, 1, 2, 3}, Decimation.extremes(values, 4, 600));
        assertArrayEquals(new int[]{0, 1, 2, 3}, Decimation.lastOfEach(4, 600));
    }

    @Test
    void runsOfBatchesStayPutAsTheCurveGrows() {
        assertEquals(1, Decimation.bucketSize(600, 600));
        assertEquals(2, Decimation.bucketSize(601, 600));
        assertEquals(2, Decimation.bucketSize(1200, 600));
        assertEquals(4, Decimation.bucketSize(1201, 600));
    }

    @Test
    void smoothingOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Ema(1.0));
    }

    @Test
    void historyCsvUsesKerasNamesAndLeavesMissingValidationEmpty() {
        String csv = Exports.csv(List.of(new EpochMetrics(1, 0.5, 0.8, Double.NaN, Double.NaN, 2, 1500, 0.001)));
        assertEquals("epoch,loss,accuracy,val_loss,val_accuracy,seconds,samples_per_second,learning_rate\n"
                + "1,0.500000,0.800000,,,2.00000,1500.00,0.00100000\n", csv);
    }

    @Test
    void durationsReadAsMinutesAndSeconds() {
        assertEquals("1:05", ProgressModel.duration(65));
        assertEquals("1:01:01", ProgressModel.duration(3661));
    }

    @Test
    void theSmoothedLineLagsTheTrainingByLessThanAnEpochEvenWithFewBatchesAnEpoch() {
        int batchesPerEpoch = 10;
        Ema ema = new Ema(Ema.boundedByEpoch(0.9, batchesPerEpoch));
        double last = 0;
        for (int b = 0; b < batchesPerEpoch; b++) {
            last = ema.add(1.0);
        }
        for (int b = 0; b < batchesPerEpoch; b++) {
            last = ema.add(0.6);
        }
        assertTrue(Math.abs(last - 0.6) <= 0.1 * 0.4 + 1e-9, "one epoch after the drop: " + last);
        assertEquals(0.9, Ema.boundedByEpoch(0.9, 1000), 1e-12, "with many batches the chosen smoothing stays");
        assertEquals(0.5, Ema.boundedByEpoch(0.5, 10), 1e-12, "a lighter smoothing is never made heavier");
    }
}
