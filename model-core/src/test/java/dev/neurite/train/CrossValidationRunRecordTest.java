package dev.neurite.train;

import dev.neurite.format.RunRecordCodec;
import dev.neurite.format.ModelFormatException;
import dev.neurite.format.Templates;
import dev.neurite.train.crossval.CrossValidationResult;
import dev.neurite.train.crossval.FoldResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cross-validation kept as a run of kind cross-validation, beside training runs, in old and new files alike. */
class CrossValidationRunRecordTest {

    private static final Instant STARTED = Instant.parse("2026-12-03T08:00:00Z");

    private static FoldResult fold(int number, double accuracy, double... validationAccuracies) {
        List<EpochMetrics> history = new java.util.ArrayList<>();
        for (int e = 0; e < validationAccuracies.length; e++) {
            history.add(new EpochMetrics(e + 1, 1.0 / (e + 1), 0.5 + e * 0.1, 0.9 / (e + 1), validationAccuracies[e],
                    1.5, 1000, 0.001));
        }
        return new FoldResult(number, 200, 100, history, 0.4, accuracy, TrainingListener.EndReason.COMPLETED, 3.5);
    }

    private static RunRecord crossValidated() {
        CrossValidationResult result = new CrossValidationResult(List.of(fold(1, 0.8, 0.7, 0.8),
                fold(2, 0.9, 0.8, 0.9), fold(3, 0.85, 0.75, 0.85)), 3, true, 42, false);
        return RunRecord.ofCrossValidation(4, STARTED, 11, Templates.get("pca-mlp"), "digits", "ab".repeat(32),
                result);
    }

    @Test
    void aCrossValidationRunKeepsItsFoldsThroughTheRunFile() {
        RunRecord run = crossValidated();
        String json = RunRecordCodec.write(run);
        assertTrue(json.contains("\"kind\" : \"cross_validation\""), json);
        RunRecord read = RunRecordCodec.read(json, "run.json");
        assertEquals(run, read);
        assertTrue(read.isCrossValidation());
        assertEquals("Run 4 (3-fold cross-validation)", read.title());
        assertEquals("Accuracy: 0.8500 +- 0.0408 (3 folds)", read.endMessage());
    }

    @Test
    void itsHistoryIsTheMeanOfTheFoldsPerEpochAndItHasNoTestMetrics() {
        RunRecord run = crossValidated();
        assertEquals(2, run.history().size());
        assertEquals(0.75, run.history().get(0).validationAccuracy(), 1e-12);
        assertEquals(0.85, run.history().get(1).validationAccuracy(), 1e-12);
        assertFalse(run.hasTestMetrics());
    }

    @Test
    void aTrainingRunIsWrittenAsBeforeAndReadsAsATrainingRun() {
        RunRecord training = new RunRecord(1, STARTED, 2, Templates.get("logistic"), CallbackSettings.none(),
                "digits", "", List.of(), 10, TrainingListener.EndReason.COMPLETED, "Training finished.", 0.3, 0.9);
        String json = RunRecordCodec.write(training);
        assertFalse(json.contains("cross_validation") || json.contains("\"kind\" : \"training\""), json);
        assertNull(RunRecordCodec.read(json, "run.json").crossValidation());
    }

    @Test
    void anUnknownKindIsRefusedNamingTheField() {
        String json = RunRecordCodec.write(crossValidated()).replace("\"kind\" : \"cross_validation\"",
                "\"kind\" : \"grid_search\"");
        ModelFormatException problem = assertThrows(ModelFormatException.class,
                () -> RunRecordCodec.read(json, "run.json"));
        assertTrue(problem.getMessage().contains("run.json.kind must be training or cross_validation"),
                problem.getMessage());
    }

    @Test
    void theSettingsComparisonShowsTheFoldsAndThePca() {
        RunRecord training = new RunRecord(1, STARTED, 2, Templates.get("logistic"), CallbackSettings.none(),
                "digits", "", List.of(), 10, TrainingListener.EndReason.COMPLETED, "Training finished.", 0.3, 0.9);
        var changed = RunSettingsTable.compare(training, crossValidated()).stream()
                .filter(RunSettingsTable.Row::differs).toList();
        assertTrue(changed.contains(new RunSettingsTable.Row("pca_components", "off", "60")), changed.toString());
        assertTrue(changed.contains(new RunSettingsTable.Row("cross_validation", "off", "3 folds, stratified")),
                changed.toString());
    }
}
