package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.train.RunRecord;
import dev.neurite.ui.train.TrainingViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Train place's Cross-validate button: K folds train in the background, the result line appears, and the
 * cross-validation is stored in the project as a run of its kind, listed with the others.
 */
@ExtendWith(ApplicationExtension.class)
class CrossValidateWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")), dataDir);
    }

    @Test
    void crossValidatingAddsARunOfKindCrossValidationAndShowsItsScore(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingViewModel train = window.trainingPlaces().trainPlace().viewModel();
        robot.interact(() -> {
            train.form().sampleLimitProperty().set(300);
            train.form().epochsProperty().set(1);
            train.crossValidation().foldsProperty().set(3);
        });
        robot.clickOn("#cross-validate");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> train.crossValidation().resultProperty().get() != null
                && !train.crossValidation().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#cross-validation-status").queryAs(Label.class);
        assertTrue(status.getText().matches("Accuracy: 0\\.\\d{4} \\+- 0\\.\\d{4} \\(3 folds\\)"), status.getText());
        List<RunRecord> runs = window.project().editor().project().runs();
        assertEquals(1, runs.size());
        assertTrue(runs.get(0).isCrossValidation());
        ListView<?> list = robot.lookup("#runs").queryAs(ListView.class);
        assertTrue(list.getItems().get(0).toString().startsWith("Run 1 (3-fold cross-validation)"),
                list.getItems().get(0).toString());
        assertTrue(train.canStartProperty().get(), "Start is offered again");
    }
}
