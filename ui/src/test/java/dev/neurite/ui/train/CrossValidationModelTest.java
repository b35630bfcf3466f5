package dev.neurite.ui.train;

import dev.neurite.data.TrainTestSets;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.CpuEngine;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.train.RunRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Cross-validate action's view model, with the work and the hand-over on the test's thread: folds, progress,
 * the result line and the run it records.
 */
class CrossValidationModelTest {

    private static final TrainTestSets DIGITS = BundledDigits.load();

    private static ModelDefinition logistic() {
        ModelDefinition template = Templates.get("logistic");
        return template.withFit(template.fit().withEpochs(1));
    }

    @Test
    void aCrossValidationRecordsARunOfItsKindAndShowsTheMeanAndDeviation() {
        List<RunRecord> recorded = new ArrayList<>();
        CrossValidationModel model = new CrossValidationModel(id -> DIGITS, new CpuEngine(), recorded::add,
                Runnable::run, Runnable::run);
        model.foldsProperty().set(3);
        model.start(logistic(), "digits", 300, 7);
        assertFalse(model.runningProperty().get());
        assertNotNull(model.resultProperty().get());
        assertEquals(3, model.resultProperty().get().folds().size());
        assertEquals(1, model.progressProperty().get());
        assertTrue(model.statusProperty().get().matches("Accuracy: 0\\.\\d{4} \\+- 0\\.\\d{4} \\(3 folds\\)"),
                model.statusProperty().get());
        assertEquals(1, recorded.size());
        RunRecord run = recorded.get(0);
        assertEquals(7, run.number());
        assertTrue(run.isCrossValidation());
        assertTrue(run.model().fit().equals(logistic().fit()));
        assertTrue(new RunEntry(run).toString().contains("(3-fold cross-validation)"));
    }

    @Test
    void aModelThatCannotTrainSaysWhyAndRecordsNothing() {
        List<RunRecord> recorded = new ArrayList<>();
        CrossValidationModel model = new CrossValidationModel(id -> DIGITS, new CpuEngine(), recorded::add,
                Runnable::run, Runnable::run);
        ModelDefinition mlp = Templates.get("mnist-mlp");
        model.start(mlp.withFit(mlp.fit().withPcaComponents(60)), "digits", 300, 1);
        assertFalse(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Cross-validation failed: The model cannot train on "
                + "'digits-train': input_1"), model.statusProperty().get());
        assertTrue(recorded.isEmpty());
    }
}
