package dev.neurite.ui.shell;

import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.format.TrainedWeights;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.Optimizer;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;
import dev.neurite.ui.testplace.ModelOption;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every run that kept its weights can be tested: the Test place's chooser lists them by title. */
@ExtendWith(ApplicationExtension.class)
class RunChooserWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    private static RunRecord run(int number, ModelDefinition model) {
        return new RunRecord(number, Instant.parse("2026-11-01T10:00:00Z"), 12, model, CallbackSettings.none(),
                "digits", "", List.of(new EpochMetrics(1, 0.6, 0.85, 0.55, 0.86, 12, 330, 0.001)), 125,
                TrainingListener.EndReason.COMPLETED, "Training finished.", 0.5, 0.87);
    }

    private static TrainedWeights weights(int number, ModelDefinition model, long seed) {
        return TrainedWeights.of(number, new CpuEngine().compile(model.graph(), model.compile(), seed).weights());
    }

    /** Three runs of the logistic model, with SGD, RMSprop and Adam, each with its own weights. */
    static Project threeRuns() {
        ModelDefinition sgd = Templates.get("logistic");
        ModelDefinition rmsprop = sgd.withCompile(sgd.compile().withOptimizer(Optimizer.withDefaults("RMSprop")
                .orElseThrow()));
        ModelDefinition adam = sgd.withCompile(sgd.compile().withOptimizer(Optimizer.withDefaults("Adam")
                .orElseThrow()));
        ModelDefinition split = sgd.withFit(sgd.fit().withValidation(new dev.neurite.settings.Validation.Split(0.2)));
        return Project.of(sgd).withRun(run(1, split)).withRun(run(2, rmsprop)).withRun(run(3, adam))
                .withWeights(weights(1, sgd, 1)).withWeights(weights(2, rmsprop, 2)).withWeights(weights(3, adam, 3));
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, threeRuns(), dataDir);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ModelOption> chooser(FxRobot robot) {
        return robot.lookup("#model-chooser").queryAs(ComboBox.class);
    }

    private TrainedModel active() {
        return window.trainingPlaces().testPlace().modelProperty().get();
    }

    @Test
    void everyRunIsListedByItsTitleAndTheChosenOneIsTested(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> window.trainingPlaces().testPlace() != null
                && chooser(robot).getItems().size() == 4 && active() != null && active().name().startsWith("Run 3")));
        List<String> names = fx(() -> chooser(robot).getItems().stream().map(ModelOption::name).toList());
        assertTrue(names.get(0).startsWith("Pretrained default"), names.toString());
        assertEquals(List.of("Run 1 \u00b7 logistic \u00b7 SGD \u00b7 digits",
                "Run 2 \u00b7 logistic \u00b7 RMSprop \u00b7 digits",
                "Run 3 \u00b7 logistic \u00b7 Adam \u00b7 digits"),
                names.subList(1, 4));

        robot.clickOn("#model-chooser");
        robot.clickOn("Run 1 \u00b7 logistic \u00b7 SGD \u00b7 digits");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> active().name().startsWith("Run 1")));
        Project project = fx(() -> window.project().editor().project());
        assertEquals(project.kept().of(1).orElseThrow().read("expected").get("dense/kernel"),
                fx(() -> active().network().weights().get("dense/kernel")), "run 1's own weights are tested");
        assertTrue(fx(() -> robot.lookup("#kept-weights-size").queryAs(Label.class).getText())
                .startsWith("(3 runs, "));
    }

    @Test
    void abModeShowsTwoModelsProbabilitiesForOneDrawing(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> window.trainingPlaces().testPlace() != null
                && chooser(robot).getItems().size() == 4 && active() != null && active().name().startsWith("Run 3")));
        robot.clickOn("#ab-mode");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() ->
                window.trainingPlaces().testPlace().compareModelProperty().get() != null));
        assertTrue(fx(() -> window.trainingPlaces().testPlace().compareModelProperty().get().name())
                .startsWith("Run 2"), "B is the newest other run");
        assertEquals("B \u00b7 Run 2 \u00b7 logistic \u00b7 RMSprop \u00b7 digits",
                fx(() -> robot.lookup("#compare-title").queryAs(Label.class).getText()));
        javafx.scene.canvas.Canvas canvas = robot.lookup("#drawing-canvas").queryAs(javafx.scene.canvas.Canvas.class);
        robot.moveTo(canvas).moveBy(-10, -80).press(javafx.scene.input.MouseButton.PRIMARY);
        for (int i = 0; i < 16; i++) {
            robot.moveBy(1, 10);
        }
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> bars(robot, "#compare-bars") != null
                && bars(robot, "#draw-bars") != null));
        float[] a = fx(() -> bars(robot, "#draw-bars"));
        float[] b = fx(() -> bars(robot, "#compare-bars"));
        assertTrue(!java.util.Arrays.equals(a, b), "two models with their own weights read the digit differently");
        robot.clickOn("#ab-mode");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.trainingPlaces().testPlace().compareModelProperty().get() == null));
        assertTrue(!fx(() -> robot.lookup("#compare-bars").query().getParent().isVisible()));
    }

    private static float[] bars(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(dev.neurite.ui.draw.ProbabilityBars.class).probabilities();
    }

    @Test
    void aStoredRunsTextLogOpensAndCanBeCopied(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#runs").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(1));
        robot.clickOn("#run-log");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = robot.lookup("#run-log-text").queryAs(javafx.scene.control.TextArea.class);
        assertTrue(text.getText().startsWith("Epoch 1/"), text.getText());
        assertTrue(text.getText().contains("evaluate on the test set - loss: 0.5000 - accuracy: 0.8700"),
                text.getText());
        robot.clickOn("#run-log-copy");
        assertEquals(text.getText(), fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void keepingTheLastTwoRunsDropsTheOldestFromTheChooser(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> window.trainingPlaces().testPlace() != null
                && chooser(robot).getItems().size() == 4));
        robot.interact(() -> robot.lookup("#keep-last-runs").queryAs(ComboBox.class).setValue(2));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> names = fx(() -> chooser(robot).getItems().stream().map(ModelOption::name).toList());
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.get(1).startsWith("Run 2") && names.get(2).startsWith("Run 3"), names.toString());
        Project project = fx(() -> window.project().editor().project());
        assertEquals(2, project.kept().keepLastRuns());
        assertEquals(3, project.runs().size(), "the runs' records stay");
        assertTrue(fx(() -> robot.lookup("#kept-weights-size").queryAs(Label.class).getText())
                .startsWith("(2 runs, "));
    }
}
