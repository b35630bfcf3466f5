package dev.neurite.ui.shell;

import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluator;
import dev.neurite.ui.testplace.ModelOption;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.evaluation.ConfusionMatrixView;
import dev.neurite.ui.train.RunState;
import dev.neurite.ui.train.TrainingViewModel;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-over from the Train place to the Test place in the real main window: a model trained to the end on a few
 * hundred bundled digits replaces the pretrained default in the Test place's chooser, and the confusion matrix shown
 * is that model's on the whole test split.
 */
@ExtendWith(ApplicationExtension.class)
class TrainThenTestWindowTest {

    private static final long TIMEOUT = 90;
    private static final int SAMPLES = 300;

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")), dataDir);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> fx(condition));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ModelOption> chooser(FxRobot robot) {
        return robot.lookup("#model-chooser").queryAs(ComboBox.class);
    }

    private static String evaluationMessage(FxRobot robot) {
        return robot.lookup("#evaluation-message").queryAs(Label.class).getText();
    }

    @Test
    void aModelTrainedToTheEndIsOfferedAndEvaluatedInTheTestPlace(FxRobot robot) throws Exception {
        robot.clickOn("#place-test");
        await(() -> robot.lookup("#model-chooser").tryQuery().isPresent() && !chooser(robot).getItems().isEmpty());
        assertTrue(fx(() -> chooser(robot).getValue().name()).startsWith("Pretrained default"),
                "before training the Test place uses the pretrained model");

        robot.clickOn("#place-train");
        TrainingViewModel training = fx(() -> window.trainingPlaces().trainPlace().viewModel());
        robot.interact(() -> {
            training.form().sampleLimitProperty().set(SAMPLES);
            training.form().epochsProperty().set(2);
        });
        robot.clickOn("#start");
        await(() -> training.stateProperty().get() == RunState.FINISHED
                && training.lastNetworkProperty().get() != null);
        Network trained = fx(() -> training.lastNetworkProperty().get());

        robot.clickOn("#place-test");
        await(() -> chooser(robot).getItems().size() == 2
                && window.trainingPlaces().testPlace().modelProperty().get().network() == trained
                && evaluationMessage(robot).startsWith(chooser(robot).getValue().name() + ": accuracy"));
        List<String> offered = fx(() -> chooser(robot).getItems().stream().map(ModelOption::name).toList());
        assertTrue(offered.get(0).startsWith("Pretrained default"), offered.toString());
        assertTrue(offered.get(1).startsWith("Run 1 \u00b7 "), offered.toString());

        DataSet test = BundledDigits.load().test().orElseThrow();
        int[][] expected = new Evaluator(250).evaluate(trained, test).confusion();
        int[][] shown = fx(() -> shownMatrix(robot, expected.length));
        int total = 0;
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], shown[r], "row of true class " + r);
            total += java.util.Arrays.stream(shown[r]).sum();
        }
        assertEquals(test.size(), total, "the matrix covers the whole test split");
    }

    /** The counts the confusion matrix's cells show. JavaFX thread. */
    private static int[][] shownMatrix(FxRobot robot, int classes) {
        int[][] counts = new int[classes][classes];
        for (int r = 0; r < classes; r++) {
            for (int c = 0; c < classes; c++) {
                VBox cell = robot.lookup("#" + ConfusionMatrixView.cellId(r, c)).queryAs(VBox.class);
                counts[r][c] = Integer.parseInt(((Label) cell.getChildren().get(0)).getText());
            }
        }
        return counts;
    }
}
