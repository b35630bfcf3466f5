package dev.neurite.ui.shell;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.train.CoachNote;
import dev.neurite.ui.train.FitForm;
import dev.neurite.ui.train.RunState;
import dev.neurite.ui.train.TrainingViewModel;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coach note about a setting of the Build place links there: the loss that does not fit a ReLU output. */
@ExtendWith(ApplicationExtension.class)
class CoachLinkWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    /** Logistic regression whose output is ReLU instead of softmax, with categorical_crossentropy. */
    private static Project reluOutput() {
        ModelDefinition logistic = Templates.get("logistic");
        Dense output = (Dense) logistic.graph().node("dense").layer();
        Dense relu = new Dense(output.units(), ActivationFunction.RELU, output.useBias(), output.kernelInitializer(),
                output.biasInitializer(), output.kernelRegularizer(), output.biasRegularizer());
        return Project.of(logistic.withGraph(logistic.graph().replace("dense", relu)));
    }

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, reluOutput(), dataDir);
    }

    @Test
    void aLossThatDoesNotMoveBecauseItDoesNotFitTheOutputLinksToTheLossInBuild(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingViewModel train = window.trainingPlaces().trainPlace().viewModel();
        robot.interact(() -> {
            FitForm form = train.form();
            form.sampleLimitProperty().set(200);
            form.batchSizeProperty().set(50);
            form.epochsProperty().set(3);
            form.learningRateProperty().set(1e-9);
            train.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> train.stateProperty().get() == RunState.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CoachNote.Setting.LOSS, train.coachNotes().get(0).setting(), train.coachNotes().toString());

        robot.clickOn("Change the loss");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.build().isVisible(), "the link opens the Build place");
        Node focused = window.scene().getFocusOwner();
        assertEquals("loss", focused == null ? null : focused.getId(), "with the loss chooser focused");
    }
}
