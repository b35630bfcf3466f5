package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.eval.Evaluator;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Train place in a real (headless) window, training quick-cnn on a few hundred bundled digits. */
@ExtendWith(ApplicationExtension.class)
class TrainPlaceFxTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");
    private static final long TIMEOUT = 60;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private TrainPlace place;

    @Start
    void start(Stage stage) {
        ModelDefinition cnn = Templates.resolve("quick-cnn");
        place = new TrainPlace(new SimpleObjectProperty<>(cnn), new SimpleStringProperty("digits"), background,
                id -> DIGITS, TrainPlace.Links.NONE, new dev.neurite.engine.CpuEngine());
        FitForm form = place.viewModel().form();
        form.sampleLimitProperty().set(320);
        form.batchSizeProperty().set(16);
        form.epochsProperty().set(30);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(place.view()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopRun() throws Exception {
        fx(() -> {
            place.viewModel().stop();
            place.dispose();
            return null;
        });
        background.shutdownNow();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT, TimeUnit.SECONDS);
    }

    private void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> fx(condition));
    }

    private long batches() throws Exception {
        return fx(() -> place.viewModel().batchesSeenProperty().get());
    }

    @Test
    void inASmallWindowAtLargeTextTheSideColumnsGiveWayToTheChartsAndNoButtonIsCut(FxRobot robot) throws Exception {
        javafx.scene.layout.BorderPane root = fx(() -> {
            javafx.scene.layout.BorderPane pane = (javafx.scene.layout.BorderPane) place.view();
            pane.setStyle("-fx-font-size: 18px");   // 150% text
            javafx.stage.Window window = pane.getScene().getWindow();
            window.setWidth(1024);
            window.setHeight(700);
            return pane;
        });
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> root.getWidth() <= 1024 && root.getWidth() > 900);
        fx(() -> {
            double width = root.getWidth();
            double left = root.getLeft().getLayoutBounds().getWidth();
            double right = root.getRight().getLayoutBounds().getWidth();
            assertTrue(left <= TrainView.SIDE_SHARE * width + 1 && right <= TrainView.SIDE_SHARE * width + 1,
                    "side columns " + left + " and " + right + " of " + width);
            assertTrue(root.getCenter().getLayoutBounds().getWidth() >= 0.35 * width,
                    "charts " + root.getCenter().getLayoutBounds().getWidth() + " of " + width);
            for (String id : new String[] {"#start", "#cross-validate"}) {
                javafx.scene.control.Button button = robot.lookup(id).queryButton();
                assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5,
                        id + " shown whole: " + button.getWidth() + " of " + button.prefWidth(-1));
            }
            return null;
        });
    }

    @Test
    void theStatusLineStaysWholeWhileTheProgressBarsCanShrinkAndThenEndsInAnEllipsis() throws Exception {
        Stage own = fx(() -> {
            javafx.scene.layout.Region row = (javafx.scene.layout.Region) new ProgressPane(place.viewModel()).view();
            row.setStyle("-fx-font-size: 18px");   // 150% text
            Stage stage = new Stage();   // its own: other test classes share the primary stage
            // too narrow for every part at its preferred width, wide enough for the status at its own
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(row), 800, 60));
            stage.show();
            return stage;
        });
        try {
            javafx.scene.control.Label status = fx(() -> (javafx.scene.control.Label) own.getScene()
                    .lookup("#train-status"));
            ProgressBar[] bars = fx(() -> own.getScene().getRoot().lookupAll(".progress-bar")
                    .toArray(ProgressBar[]::new));
            await(() -> status.getWidth() >= status.prefWidth(-1) - 0.5
                    && bars[0].getWidth() < bars[0].prefWidth(-1));

            fx(() -> {
                own.setWidth(600);
                return null;
            });
            await(() -> status.getWidth() < status.prefWidth(-1) - 0.5 && status.getWidth() > 0);
            assertEquals(status.getText(), fx(() -> status.getTooltip().getText()), "the whole status on hover");
        } finally {
            fx(() -> {
                own.hide();
                return null;
            });
        }
    }

    @Test
    void pointsAppearOnTheChartsWhileTraining(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        await(() -> place.viewModel().batchesSeenProperty().get() >= 5);
        await(() -> place.trainView().charts().lossChart().chart().getXYPlot().getDataset(3).getItemCount(0) >= 5);
        // The two charts are redrawn on alternate ticks: the accuracy line may follow the loss line one tick later.
        await(() -> place.trainView().charts().accuracyChart().chart().getXYPlot().getDataset(2)
                .getItemCount(0) >= 5);
    }

    @Test
    void theChartsWaitWhileTheLayersTabIsShownAndCatchUpWhenTheCurvesShowAgain(FxRobot robot) throws Exception {
        fx(() -> {
            place.trainView().charts().showLayers(true);
            return null;
        });
        robot.clickOn("#start");
        await(() -> place.viewModel().batchesSeenProperty().get() >= 10);
        assertEquals(0, fx(() -> place.trainView().charts().lossChart().chart().getXYPlot().getDataset(3)
                .getItemCount(0)), "no redraw of a chart that is not on screen");
        fx(() -> {
            place.trainView().charts().showLayers(false);
            return null;
        });
        await(() -> place.trainView().charts().lossChart().chart().getXYPlot().getDataset(3).getItemCount(0) >= 10);
    }

    @Test
    void pauseStopsTheBatchesStepTrainsOneAndResumeContinues(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        await(() -> place.viewModel().batchesSeenProperty().get() >= 3);
        robot.clickOn("#pause");
        await(() -> place.viewModel().pauseConfirmedProperty().get());
        long paused = batches();
        assertTrue(fx(() -> place.viewModel().canResumeProperty().get()));

        robot.clickOn("#step");
        await(() -> place.viewModel().batchesSeenProperty().get() > paused
                && place.viewModel().pauseConfirmedProperty().get());
        assertEquals(paused + 1, batches(), "a paused session trains exactly the one batch Step asked for");

        robot.clickOn("#resume");
        await(() -> place.viewModel().batchesSeenProperty().get() >= paused + 4);
        assertEquals(RunState.RUNNING, fx(() -> place.viewModel().stateProperty().get()));
    }

    @Test
    void stopLeavesAModelThatEvaluates(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        await(() -> place.viewModel().batchesSeenProperty().get() >= 3);
        robot.clickOn("#stop");
        await(() -> place.viewModel().stateProperty().get() == RunState.FINISHED);
        await(() -> place.viewModel().lastEvaluationProperty().get() != null);
        assertNotNull(fx(() -> place.viewModel().lastNetworkProperty().get()),
                "the snapshot comes before the evaluation");
        var network = fx(() -> place.viewModel().lastNetworkProperty().get());
        var evaluation = new Evaluator(100).evaluate(network,
                DIGITS.test().orElseThrow().range(0, 200));
        assertTrue(Double.isFinite(evaluation.loss()));
        assertEquals(1, fx(() -> place.viewModel().runs().runs().size()));
        assertFalse(fx(() -> robot.lookup("#start").queryButton().isDisabled()), "a new run can start");
    }
}
