package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.format.Templates;
import dev.neurite.model.ModelDefinition;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Layers tab in a real (headless) window while quick-cnn trains two epochs on bundled digits. */
@ExtendWith(ApplicationExtension.class)
class LayersViewFxTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");
    private static final long TIMEOUT = 90;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private TrainPlace place;

    @Start
    void start(Stage stage) {
        ModelDefinition cnn = Templates.resolve("quick-cnn");
        place = new TrainPlace(new SimpleObjectProperty<>(cnn), new SimpleStringProperty("digits"), background,
                id -> DIGITS, TrainPlace.Links.NONE, new dev.neurite.engine.CpuEngine());
        FitForm form = place.viewModel().form();
        form.sampleLimitProperty().set(320);
        form.batchSizeProperty().set(32);
        form.epochsProperty().set(2);
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

    /** The layers with weights or a ReLU output, each with both plots of its two epochs drawn. */
    private static final Map<String, String> EVERY_ROW_DRAWN = Map.of(
            "conv2d", "2 epochs, weights drawn, gradient drawn",
            "conv2d_1", "2 epochs, weights drawn, gradient drawn",
            "dense", "2 epochs, weights drawn, gradient drawn");

    @Test
    void afterTwoEpochsEveryLayerHasARowWithTwoEpochsDrawn(FxRobot robot) throws Exception {
        robot.clickOn("#layers-tab");
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> fx(() -> place.viewModel().stateProperty().get() == RunState.FINISHED));
        assertEquals(EVERY_ROW_DRAWN, drawnRowsSettled());
        Map<String, LayersPane.Row> rows = fx(() -> place.trainView().charts().layers().rows());
        for (String layer : rows.keySet()) {
            assertTrue(robot.lookup("#layer-weights-" + layer).query().isVisible(), layer);
        }
        assertTrue(rows.get("conv2d").deadText().matches("\\d+% of 32"), rows.get("conv2d").deadText());
        assertEquals("\u2013", rows.get("dense").deadText(), "softmax: no ReLU units");
        assertTrue(fx(() -> place.viewModel().layers().captionProperty().get()).startsWith("Run 1 (latest)"));
    }

    @Test
    void aRunWatchedOnTheCurvesTabBuildsItsLayerRowsWhenTheLayersTabIsSelected(FxRobot robot) throws Exception {
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> fx(() -> place.viewModel().stateProperty().get() == RunState.FINISHED));
        assertEquals(2, fx(() -> place.viewModel().layers().shownProperty().get().size()), "two epochs recorded");
        assertTrue(fx(() -> place.trainView().charts().layers().rows()).isEmpty(), "no rows built behind Curves");
        robot.clickOn("#layers-tab");
        assertEquals(EVERY_ROW_DRAWN, drawnRowsSettled());
    }

    /**
     * The rows as {@link #drawnRows()} reads them, once they all show both plots or the timeout has passed (then the
     * caller's assertion shows what was drawn). A fresh-clone run found one canvas blank right after the run
     * finished, twice in many runs (dense's once, conv2d_1's once), with the read already made in one go: a plot
     * drawn later passes, one never drawn still fails.
     */
    private Map<String, String> drawnRowsSettled() throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> fx(this::drawnRows).equals(EVERY_ROW_DRAWN));
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion on the rows read below says what is missing
        }
        return fx(this::drawnRows);
    }

    /**
     * Each row's epochs and whether its two plots show anything, read in one go on the JavaFX thread: a row rebuilt
     * between two reads (the pane redraws when its data or size changes) would leave a canvas read off the scene.
     */
    private Map<String, String> drawnRows() {
        Map<String, String> drawn = new TreeMap<>();
        place.trainView().charts().layers().rows().forEach((layer, row) -> drawn.put(layer, row.epochs()
                + " epochs, weights " + (painted(row.weights) ? "drawn" : "blank") + ", gradient "
                + (painted(row.gradient) ? "drawn" : "blank")));
        return drawn;
    }

    /** Whether a canvas has any non-transparent pixel. */
    private static boolean painted(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getPixelReader().getColor(x, y).getOpacity() > 0
                        && !image.getPixelReader().getColor(x, y).equals(javafx.scene.paint.Color.WHITE)) {
                    return true;
                }
            }
        }
        return false;
    }
}
