package dev.neurite.ui.testplace;

import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.GreyImage;
import dev.neurite.data.preprocess.PreprocessedDigit;
import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.Fixtures;
import dev.neurite.ui.draw.DigitPrediction;
import dev.neurite.ui.draw.DrawingCanvas;
import dev.neurite.ui.draw.GreyImages;
import dev.neurite.ui.draw.NetworkSeesView;
import dev.neurite.ui.evaluation.ConfusionMatrixView;
import dev.neurite.ui.evaluation.EvaluationViewModel;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class TestPlaceViewTest {

    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-place-test");
        thread.setDaemon(true);
        return thread;
    });
    private TestPlace place;

    @Start
    void start(Stage stage) {
        place = new TestPlace(new SimpleObjectProperty<TrainedModel>(), Fixtures.digitsTest(300), background,
                javafx.application.Platform::runLater,
                () -> TestPlace.loadPretrained(new dev.neurite.engine.CpuEngine()));
        stage.setScene(new Scene((Parent) place.view(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
    }

    private void awaitModel() throws TimeoutException {
        await(() -> place.models().activeProperty().get() != null);
    }

    private void drawStroke(FxRobot robot) throws TimeoutException {
        drawStroke(robot, -10);
    }

    /** A vertical stroke {@code dx} pixels right of the canvas's centre line; waits for its prediction. */
    private void drawStroke(FxRobot robot, double dx) throws TimeoutException {
        Canvas canvas = robot.lookup("#drawing-canvas").queryAs(Canvas.class);
        robot.moveTo(canvas).moveBy(dx, -80).press(MouseButton.PRIMARY);
        for (int i = 0; i < 16; i++) {
            robot.moveBy(1, 10);
        }
        robot.release(MouseButton.PRIMARY);
        await(() -> !place.prediction().busyProperty().get() && place.prediction().predictionProperty().get() != null
                && place.prediction().predictionProperty().get().hasProbabilities());
    }

    @Test
    void aStrokeDrawnWithTheMouseUpdatesTheBars(FxRobot robot) throws TimeoutException {
        awaitModel();
        drawStroke(robot);
        DigitPrediction prediction = place.prediction().predictionProperty().get();
        float[] shown = place.drawView().bars().probabilities();
        assertNotNull(shown);
        assertEquals(prediction.probabilities().length, shown.length);
        double sum = 0;
        for (int c = 0; c < shown.length; c++) {
            assertEquals(prediction.probabilities()[c], shown[c]);
            sum += shown[c];
        }
        assertEquals(1, sum, 1e-3);
        assertTrue(place.drawView().bars().valueText(prediction.top(1).get(0)).endsWith("%"));
        assertEquals(1, place.drawing().strokes().size());
    }

    @Test
    void undoTakesTheLastStrokeOffTheCanvasAndThePrediction(FxRobot robot) throws Exception {
        awaitModel();
        drawStroke(robot, -60);
        int[] oneStroke = WaitForAsyncUtils.asyncFx(() -> canvasPixels(robot)).get();
        float[] oneStrokeInput = place.prediction().predictionProperty().get().digit().input();
        drawStroke(robot, 40);
        assertFalse(java.util.Arrays.equals(oneStroke, WaitForAsyncUtils.asyncFx(() -> canvasPixels(robot)).get()));
        robot.clickOn("#undo-stroke");
        await(() -> place.drawing().strokes().size() == 1 && !place.prediction().busyProperty().get());
        assertArrayEquals(oneStroke, WaitForAsyncUtils.asyncFx(() -> canvasPixels(robot)).get());
        assertArrayEquals(oneStrokeInput, place.prediction().predictionProperty().get().digit().input());
    }

    @Test
    void theStepsShownAreThePreprocessorsOutput(FxRobot robot) throws TimeoutException {
        awaitModel();
        drawStroke(robot);
        java.util.concurrent.Future<PreprocessedDigit> expectedStep = WaitForAsyncUtils.asyncFx(
                () -> new DigitPreprocessor().processArgb(canvasPixels(robot), (int) DrawingCanvas.SIZE,
                        (int) DrawingCanvas.SIZE));
        PreprocessedDigit expected = WaitForAsyncUtils.waitFor(expectedStep);
        assertShows(robot, NetworkSeesView.CROPPED_ID, expected.cropped());
        assertShows(robot, NetworkSeesView.FITTED_ID, expected.fitted());
        assertShows(robot, NetworkSeesView.CENTRED_ID, expected.centred());
    }

    @Test
    void drawingsClearedOneByOneAreComparedWithTheTestImagesByTheCoach(FxRobot robot) throws TimeoutException {
        await(() -> place.evaluation().stateProperty().get() == EvaluationViewModel.State.DONE);
        double[] confidences = new double[5];
        for (int i = 0; i < 5; i++) {
            drawStroke(robot, -50 + 25 * i);
            DigitPrediction prediction = place.prediction().predictionProperty().get();
            confidences[i] = prediction.probabilities()[prediction.top(1).get(0)];
            robot.clickOn("#clear-canvas");
        }

        assertArrayEquals(confidences, place.drawingCoach().drawings(), 1e-6);
        String expected = dev.neurite.eval.ConfidenceOnDrawings.note(
                place.evaluation().resultsProperty().get().meanConfidence(), confidences).orElse("");
        javafx.scene.control.Label coach = robot.lookup("#drawing-coach").queryAs(javafx.scene.control.Label.class);
        assertEquals(expected, coach.getText());
        assertEquals(!expected.isEmpty(), coach.isVisible());
    }

    @Test
    void clickingAConfusionCellShowsAsManyTilesAsItsCount(FxRobot robot) throws TimeoutException {
        await(() -> place.evaluation().stateProperty().get() == EvaluationViewModel.State.DONE);
        int[][] confusion = place.evaluation().resultsProperty().get().evaluation().confusion();
        int label = 0;
        int predicted = 1;
        for (int r = 0; r < confusion.length; r++) {
            for (int c = 0; c < confusion.length; c++) {
                if (r != c && confusion[r][c] > confusion[label][predicted]) {
                    label = r;
                    predicted = c;
                }
            }
        }
        robot.clickOn("#" + ConfusionMatrixView.cellId(label, predicted));
        WaitForAsyncUtils.waitForFxEvents();
        int count = confusion[label][predicted];
        assertTrue(count > 0, "the chosen cell should hold mistakes");
        assertEquals(count, place.evaluationView().gallery().grid().getItems().size());
        long tiles = robot.lookup(".gallery-tile").queryAll().stream()
                .filter(node -> ((GridCell<?>) node).getItem() != null)
                .filter(javafx.scene.Node::isVisible)
                .count();
        assertEquals(count, tiles);
        assertTrue(robot.lookup("#" + ConfusionMatrixView.cellId(label, predicted)).query().getStyleClass()
                .contains("selected-cell"));
    }

    @Test
    void openInCanvasPutsTheTestImageOnTheCanvasAndPredictsIt(FxRobot robot) throws TimeoutException {
        await(() -> place.evaluation().stateProperty().get() == EvaluationViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node tile = robot.lookup(".gallery-tile").queryAll().stream()
                .filter(node -> node.getScene() != null && ((GridCell<?>) node).getItem() != null)
                .findFirst().orElseThrow();
        robot.clickOn(tile);
        robot.clickOn("#open-in-canvas");
        await(() -> place.drawing().backdropProperty().get() != null && !place.prediction().busyProperty().get()
                && place.prediction().predictionProperty().get() != null
                && !place.prediction().predictionProperty().get().digit().isEmpty());
        GreyImage opened = place.drawing().backdropProperty().get();
        assertEquals(28, opened.width());
        assertTrue(place.prediction().predictionProperty().get().hasProbabilities());
    }

    private static int[] canvasPixels(FxRobot robot) {
        Canvas canvas = robot.lookup("#drawing-canvas").queryAs(Canvas.class);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        int size = (int) DrawingCanvas.SIZE;
        WritableImage image = canvas.snapshot(parameters, new WritableImage(size, size));
        int[] argb = new int[size * size];
        image.getPixelReader().getPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return argb;
    }

    private static void assertShows(FxRobot robot, String id, GreyImage expected) {
        Image image = robot.lookup("#" + id).queryAs(ImageView.class).getImage();
        assertEquals(expected.width(), (int) image.getWidth(), id);
        assertEquals(expected.height(), (int) image.getHeight(), id);
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                int grey = image.getPixelReader().getArgb(x, y) & 0xFF;
                assertEquals(GreyImages.level(expected.get(x, y)), grey, id + " at " + x + "," + y);
            }
        }
    }
}
