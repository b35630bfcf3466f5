package dev.neurite.train.crossval;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.train.BatchProgress;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.TrainingPreparation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-validation of the logistic template on 300 bundled digits, 3 folds, 2 epochs: small enough to stay fast. */
class CrossValidationTest {

    private static final DataSet DIGITS = BundledDigits.load().train().range(0, 300);
    private static final TrainingPreparation PREPARATION = new TrainingPreparation(new CpuEngine(),
            (file, weights) -> { });

    private static ModelDefinition logistic() {
        ModelDefinition template = Templates.get("logistic");
        return template.withFit(template.fit().withEpochs(2).withBatchSize(32));
    }

    @Test
    void everyFoldTrainsOnTheOthersAndIsScoredOnItself() {
        List<String> events = new ArrayList<>();
        CrossValidationResult result = new CrossValidation(logistic(), DIGITS, 3, true, 5, PREPARATION)
                .run(new CrossValidationListener() {
                    @Override
                    public void foldStarted(int fold, int k, int trainSamples, int heldOutSamples) {
                        events.add("start " + fold + "/" + k + " " + trainSamples + "+" + heldOutSamples);
                    }

                    @Override
                    public void foldEnded(FoldResult fold) {
                        events.add("end " + fold.fold());
                    }
                });
        assertEquals(List.of("start 1/3 200+100", "end 1", "start 2/3 200+100", "end 2", "start 3/3 200+100",
                "end 3"), events);
        assertFalse(result.cancelled());
        for (FoldResult fold : result.folds()) {
            assertEquals(2, fold.history().size());
            assertEquals(TrainingListener.EndReason.COMPLETED, fold.endReason());
            assertEquals(fold.history().get(1).validationAccuracy(), fold.accuracy(), 1e-9,
                    "the last epoch validated on the held-out fold");
            assertTrue(fold.accuracy() > 0.25, "fold accuracy " + fold.accuracy() + ", chance is 0.1");
        }
        double[] scores = result.scores();
        double mean = (scores[0] + scores[1] + scores[2]) / 3;
        assertEquals(mean, result.mean(), 1e-12);
        double variance = 0;
        for (double s : scores) {
            variance += (s - mean) * (s - mean) / 3;
        }
        assertEquals(Math.sqrt(variance), result.standardDeviation(), 1e-12);
    }

    @Test
    void aFixedSeedRepeatsTheScores() {
        double[] once = new CrossValidation(logistic(), DIGITS, 3, false, 9, PREPARATION)
                .run(new CrossValidationListener() { }).scores();
        double[] again = new CrossValidation(logistic(), DIGITS, 3, false, 9, PREPARATION)
                .run(new CrossValidationListener() { }).scores();
        assertArrayEquals(once, again);
    }

    @Test
    void cancellingDuringAFoldStopsItAndLeavesItOut() {
        CancellationToken cancel = new CancellationToken();
        CrossValidation crossValidation = new CrossValidation(logistic(), DIGITS, 3, true, 5, PREPARATION);
        CrossValidationResult result = crossValidation.run(new CrossValidationListener() {
            @Override
            public void batchEnded(int fold, BatchProgress progress) {
                if (fold == 2 && progress.batch() == 2) {
                    cancel.cancel();
                }
            }
        }, cancel);
        assertTrue(result.cancelled());
        assertEquals(1, result.folds().size());
        assertEquals("Accuracy: " + String.format(java.util.Locale.ROOT, "%.4f", result.mean())
                + " +- 0.0000 (1 folds of 3, cancelled)", result.summaryLine());
    }

    @Test
    void theSummaryLineIsCrossValScoresPrintout() {
        CrossValidationResult result = new CrossValidationResult(List.of(fold(1, 0.9), fold(2, 0.92), fold(3, 0.94)),
                3, true, 1, false);
        assertEquals("Accuracy: 0.9200 +- 0.0163 (3 folds)", result.summaryLine());
    }

    @Test
    void cancellingBeforeAnyFoldFinishedSaysSo() {
        CancellationToken cancel = new CancellationToken();
        CrossValidation crossValidation = new CrossValidation(logistic(), DIGITS, 3, true, 5, PREPARATION);
        CrossValidationResult result = crossValidation.run(new CrossValidationListener() {
            @Override
            public void foldStarted(int fold, int k, int trainSamples, int heldOutSamples) {
                cancel.cancel();
            }
        }, cancel);
        assertTrue(result.cancelled());
        assertTrue(result.folds().isEmpty());
        assertEquals("Cross-validation cancelled before a fold finished.", result.summaryLine());
    }

    private static FoldResult fold(int number, double accuracy) {
        return new FoldResult(number, 10, 5, List.of(), 0.3, accuracy, TrainingListener.EndReason.COMPLETED, 1);
    }
}
