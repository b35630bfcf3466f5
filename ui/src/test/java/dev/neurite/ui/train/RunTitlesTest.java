package dev.neurite.ui.train;

import dev.neurite.format.Templates;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.Validation;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.RunSettingsTable;
import dev.neurite.train.TrainingListener;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunTitlesTest {

    private static RunRecord run(int number, ModelDefinition model, double testAccuracy) {
        return new RunRecord(number, Instant.parse("2026-11-01T10:00:00Z"), 12.34, model, CallbackSettings.none(),
                "digits", "", List.of(new EpochMetrics(1, 0.6, 0.85, 0.55, 0.8612, 12, 330, 0.001)), 125,
                TrainingListener.EndReason.COMPLETED, "Training finished.", 0.5, testAccuracy);
    }

    private static ModelDefinition onTestSet(ModelDefinition model) {
        return model.withFit(model.fit().withValidation(new Validation.TestSet()));
    }

    private static ModelDefinition onSplit(ModelDefinition model) {
        return model.withFit(model.fit().withValidation(new Validation.Split(0.2)));
    }

    @Test
    void aTemplatesRunIsNamedByTheTemplateOptimizerAndDataSet() {
        assertEquals("Run 2 \u00b7 quick-cnn \u00b7 Adam \u00b7 digits",
                RunTitles.title(run(2, Templates.get("quick-cnn"), 0.97)));
    }

    @Test
    void anEditedModelIsNamedByItsLayersAndParameters() {
        ModelDefinition logistic = Templates.get("logistic");
        ModelGraph graph = logistic.graph();
        String last = graph.nodes().stream().reduce((a, b) -> b).orElseThrow().name();
        ModelDefinition edited = logistic.withGraph(graph.replace(last, new Dense(32, ActivationFunction.SOFTMAX)));
        String name = RunTitles.modelName(edited);
        assertTrue(name.matches("\\d+ layers?, [0-9.]+k? params"), name);
    }

    @Test
    void validationAndTestAccuracyHaveTheirKerasNames() {
        assertEquals("val_accuracy 0.8612 \u00b7 test accuracy 0.8700",
                RunTitles.results(run(1, onSplit(Templates.get("mnist-mlp")), 0.87)));
    }

    @Test
    void aRunValidatedOnTheTestSetSaysSoInsteadOfValAccuracy() {
        String results = RunTitles.results(run(1, onTestSet(Templates.get("mnist-mlp")), 0.87));
        assertEquals("test accuracy 0.8700 (also the validation data)", results);
        assertTrue(!results.contains("val_accuracy"));
    }

    @Test
    void aRunsEntryShowsTitleValidationAndTestAccuracyOnThreeLines() {
        assertEquals("Run 1 \u00b7 mnist-mlp \u00b7 SGD \u00b7 digits\n1 epoch \u00b7 val_accuracy 0.8612\n"
                + "test accuracy 0.8700", new RunEntry(run(1, onSplit(Templates.get("mnist-mlp")), 0.87)).toString()
                .replaceAll("\u00b7 [A-Za-z]+ \u00b7 digits", "\u00b7 SGD \u00b7 digits"));
        assertEquals("1 epoch \u00b7 validated on the test set\ntest accuracy 0.8700",
                new RunEntry(run(1, onTestSet(Templates.get("mnist-mlp")), 0.87)).toString().split("\n", 2)[1]);
    }

    @Test
    void theCompareTableNamesTheRunsAndStartsWithTheirResults() {
        RunsModel runs = new RunsModel();
        RunEntry first = new RunEntry(run(1, onSplit(Templates.get("mnist-mlp")), 0.87));
        RunEntry second = new RunEntry(run(2, onTestSet(Templates.get("quick-cnn")), 0.95));
        runs.record(first);
        runs.record(second);
        runs.select(List.of(first, second));
        assertTrue(runs.leftNameProperty().get().startsWith("Run 1 \u00b7 mnist-mlp \u00b7 "));
        assertTrue(runs.rightNameProperty().get().startsWith("Run 2 \u00b7 quick-cnn"));
        List<String> firstRows = runs.diff().subList(0, 8).stream().map(RunSettingsTable.Row::setting).toList();
        assertEquals(List.of("epochs trained", "time", "loss", "accuracy", "val_loss", "val_accuracy", "test_loss",
                "test_accuracy"), firstRows);
        RunSettingsTable.Row valAccuracy = runs.diff().get(5);
        assertEquals("0.8612", valAccuracy.left());
        assertEquals(RunSettingsTable.ABSENT, valAccuracy.right(), "validated on the test set: no val_accuracy");
        assertEquals("0.9500", runs.diff().get(7).right());
        assertTrue(runs.diff().get(7).isResult() && !runs.diff().get(8).isResult());
    }
}
