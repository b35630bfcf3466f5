package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.format.Templates;
import dev.neurite.format.TrainedWeights;
import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;
import dev.neurite.ui.train.FitForm;
import dev.neurite.ui.train.RunEntry;
import dev.neurite.ui.train.RunState;
import dev.neurite.ui.train.TrainingViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Train place and the project are one: the form's settings are the project's, every run is stored in the
 * project (and so in its file), and an opened project shows its runs.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingRunsWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    private static RunRecord storedRun() {
        return new RunRecord(3, Instant.parse("2026-11-01T10:00:00Z"), 12, Templates.get("logistic"),
                CallbackSettings.none(), "digits", "", List.of(new EpochMetrics(1, 0.6, 0.85, 0.55, 0.86, 12, 330,
                0.001)), 125, TrainingListener.EndReason.COMPLETED, "Training finished.", 0.5, 0.87);
    }

    /** The weights of a logistic regression, as run 3 might have left them. */
    private static TrainedWeights storedWeights() {
        var logistic = Templates.get("logistic");
        return TrainedWeights.of(3, new CpuEngine().compile(logistic.graph(), logistic.compile(), 7).weights());
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")).withRun(storedRun())
                .withWeights(storedWeights()), dataDir);
    }

    @Test
    void theModelAProjectKeptIsOfferedInTheTestPlace(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#model-chooser").tryQuery()
                .map(node -> ((ComboBox<?>) node).getItems().stream().anyMatch(item ->
                        item.toString().equals("Run 3 \u00b7 logistic \u00b7 SGD \u00b7 digits")))
                .orElse(false) && window.trainingPlaces().testPlace().modelProperty().get() != null
                && window.trainingPlaces().testPlace().modelProperty().get().name().startsWith("Run 3"));
        TrainedModel kept = window.trainingPlaces().testPlace().modelProperty().get();
        assertEquals(storedWeights().read("expected").get("dense/kernel"),
                kept.network().weights().get("dense/kernel"), "the network has the kept weights");
    }

    private TrainingViewModel openTrainPlace(FxRobot robot) {
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        return window.trainingPlaces().trainPlace().viewModel();
    }

    @Test
    void theProjectsStoredRunsAreListedAndTheNextRunIsNumberedAfterThem(FxRobot robot) throws Exception {
        TrainingViewModel train = openTrainPlace(robot);
        ListView<?> runs = robot.lookup("#runs").queryAs(ListView.class);
        assertEquals(1, runs.getItems().size());
        assertTrue(runs.getItems().get(0).toString().startsWith("Run 3"), runs.getItems().get(0).toString());

        robot.interact(() -> {
            FitForm form = train.form();
            form.sampleLimitProperty().set(200);
            form.batchSizeProperty().set(50);
            form.epochsProperty().set(1);
            form.validateOnTestProperty().set(false);
            form.validationSplitProperty().set(0.2);
            train.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> train.stateProperty().get() == RunState.FINISHED
                && train.lastEvaluationProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Project project = window.project().editor().project();
        assertEquals(List.of(3, 4), project.runs().stream().map(RunRecord::number).toList());
        RunRecord newest = project.runs().get(1);
        assertEquals(4, newest.batchesPerEpoch(),
                "160 of 200 samples trained on (0.2 for validation), in batches of 50");
        assertTrue(newest.hasTestMetrics(), "the test evaluation is stored with the run");
        assertTrue(window.project().editor().dirtyProperty().get(), "a new run is unsaved work");

        Path file = dataDir.resolve("with-runs.neurite");
        robot.interact(() -> window.project().saveAs(file, () -> { }, message -> { }));
        Project saved = ProjectFile.read(file);
        assertEquals(project.runs(), saved.runs());
        assertEquals(4, saved.weights().run(), "the newest run's weights are kept in the file");
        assertEquals(List.of(3, 4), List.copyOf(saved.kept().byRun().keySet()), "every run keeps its weights");
    }

    @Test
    void editingTheFormChangesTheProjectAndTheBuildPlacesSettingsAndUndoKeepsTheRuns(FxRobot robot) {
        TrainingViewModel train = openTrainPlace(robot);
        robot.interact(() -> {
            train.form().epochsProperty().set(7);
            train.form().optimizerProperty().set("Adam");
        });
        Project project = window.project().editor().project();
        assertEquals(7, project.model().fit().epochs());
        assertEquals("Adam", project.model().compile().optimizer().kerasClassName());
        Spinner<?> buildEpochs = robot.lookup("#epochs").queryAs(Spinner.class);
        assertEquals(7, buildEpochs.getValue(), "the Build place's Compile & fit shows the same settings");

        robot.interact(() -> window.project().editor().undo());
        assertEquals("SGD", train.form().optimizerProperty().get(), "undo reaches the form");
        assertEquals(List.of(storedRun()), window.project().editor().project().runs(), "undo keeps the runs");
        assertEquals(List.of(storedRun()), train.runs().runs().stream().map(RunEntry::record).toList());
    }
}
