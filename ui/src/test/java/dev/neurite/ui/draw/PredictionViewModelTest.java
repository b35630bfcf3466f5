package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.engine.Network;
import dev.neurite.ui.Fixtures;
import dev.neurite.ui.common.InteractiveFirst;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictionViewModelTest {

    private static final int SIZE = 56;
    private static Network network;

    private final SimpleObjectProperty<Network> model = new SimpleObjectProperty<>();
    private final Fixtures.ManualExecutor background = new Fixtures.ManualExecutor();
    private final InteractiveFirst interactive = new InteractiveFirst();
    private final PredictionViewModel prediction = new PredictionViewModel(model, new DigitPreprocessor(), background,
            Fixtures.SAME_THREAD, interactive);

    @BeforeAll
    static void compile() {
        network = Fixtures.logistic("logistic").network();
    }

    /** White paper with a black vertical bar of the given height: a "1". */
    private static int[] one(int height) {
        int[] argb = new int[SIZE * SIZE];
        java.util.Arrays.fill(argb, 0xFFFFFFFF);
        for (int y = (SIZE - height) / 2; y < (SIZE + height) / 2; y++) {
            for (int x = SIZE / 2 - 3; x < SIZE / 2 + 3; x++) {
                argb[y * SIZE + x] = 0xFF000000;
            }
        }
        return argb;
    }

    /** A 3x3 speck in the middle. */
    private static int[] speck() {
        int[] argb = blank();
        for (int y = SIZE / 2 - 1; y <= SIZE / 2 + 1; y++) {
            for (int x = SIZE / 2 - 1; x <= SIZE / 2 + 1; x++) {
                argb[y * SIZE + x] = 0xFF000000;
            }
        }
        return argb;
    }

    private static int[] blank() {
        int[] argb = new int[SIZE * SIZE];
        java.util.Arrays.fill(argb, 0xFFFFFFFF);
        return argb;
    }

    @Test
    void aDrawingIsPredictedWithTheModelAndItsStepsKept() {
        model.set(network);
        int[] drawing = one(40);
        prediction.request(drawing, SIZE, SIZE, System.nanoTime());
        background.runAll();
        DigitPrediction result = prediction.predictionProperty().get();
        assertEquals(10, result.probabilities().length);
        assertArrayEquals(new DigitPreprocessor().processArgb(drawing, SIZE, SIZE).input(), result.digit().input());
        assertEquals(1, prediction.latency().count());
        assertFalse(prediction.busyProperty().get());
    }

    @Test
    void withTheInsideViewShownOneForwardPassGivesTheBarsAndEveryLayer() {
        model.set(network);
        int[] drawing = one(40);
        prediction.setWithLayers(true);
        prediction.request(drawing, SIZE, SIZE, System.nanoTime());
        background.runAll();
        DigitPrediction result = prediction.predictionProperty().get();

        assertSame(network, result.network());
        assertArrayEquals(result.layers().output(), result.probabilities());
        assertArrayEquals(dev.neurite.eval.Evaluator.predict(network, result.digit().input()), result.probabilities(),
                1e-6f);
        prediction.setWithLayers(false);
        prediction.request(drawing, SIZE, SIZE, System.nanoTime());
        background.runAll();
        assertNull(prediction.predictionProperty().get().layers());
    }

    @Test
    void withoutAModelOnlyTheStepsAreShown() {
        prediction.request(one(40), SIZE, SIZE, System.nanoTime());
        background.runAll();
        DigitPrediction result = prediction.predictionProperty().get();
        assertNull(result.probabilities());
        assertFalse(result.digit().isEmpty());
    }

    @Test
    void anEmptyCanvasIsWarnedAboutAndNotPredicted() {
        model.set(network);
        prediction.request(blank(), SIZE, SIZE, System.nanoTime());
        background.runAll();
        assertNull(prediction.predictionProperty().get().probabilities());
        assertEquals("The canvas is empty: draw a digit.", prediction.warningProperty().get());
    }

    @Test
    void aStrokeTooSmallToReadIsWarnedAbout() {
        model.set(network);
        prediction.request(speck(), SIZE, SIZE, System.nanoTime());
        background.runAll();
        assertTrue(prediction.warningProperty().get().contains("very small"), prediction.warningProperty().get());
    }

    @Test
    void anUnsureAnswerIsWarnedAbout() {
        model.set(network);
        prediction.request(one(40), SIZE, SIZE, System.nanoTime());
        background.runAll();
        float best = prediction.predictionProperty().get().probabilities()[prediction.predictionProperty().get()
                .top(1).get(0)];
        assertTrue(best < DigitPrediction.LOW_CONFIDENCE, "the untrained model should be unsure; got " + best);
        assertTrue(prediction.warningProperty().get().contains("unsure"), prediction.warningProperty().get());
    }

    @Test
    void requestsWhileOneRunsAreCoalescedToTheNewest() {
        model.set(network);
        prediction.request(one(20), SIZE, SIZE, System.nanoTime());
        prediction.request(one(30), SIZE, SIZE, System.nanoTime());
        prediction.request(blank(), SIZE, SIZE, System.nanoTime());
        assertEquals(1, background.queued());
        background.runNext();
        assertTrue(prediction.busyProperty().get(), "the newest request should be on its way");
        assertEquals(1, background.queued());
        background.runNext();
        assertTrue(prediction.predictionProperty().get().digit().isEmpty(), "the blank canvas was the newest");
        assertEquals(2, prediction.latency().count());
        assertEquals(0, background.queued());
    }

    @Test
    void choosingAModelPredictsTheLastDrawingAgain() {
        prediction.request(one(40), SIZE, SIZE, System.nanoTime());
        background.runAll();
        model.set(network);
        background.runAll();
        assertNotNull(prediction.predictionProperty().get().probabilities());
    }

    @Test
    void aRequestCountsAsInteractiveWorkUntilItsResultIsComputed() {
        model.set(network);
        prediction.request(one(20), SIZE, SIZE, System.nanoTime());
        assertEquals(1, interactive.inFlight(), "handed to the background");
        prediction.request(one(30), SIZE, SIZE, System.nanoTime());
        prediction.request(one(40), SIZE, SIZE, System.nanoTime());
        assertEquals(2, interactive.inFlight(), "the running request and the one newest waiting");
        background.runNext();
        assertEquals(1, interactive.inFlight(), "the waiting request is on its way");
        background.runNext();
        assertEquals(0, interactive.inFlight());
    }

    @Test
    void aFailedRequestEndsItsInteractiveMark() {
        model.set(network);
        prediction.request(new int[3], 2, 2, System.nanoTime());
        background.runAll();
        assertEquals(0, interactive.inFlight());
        assertTrue(prediction.warningProperty().get().startsWith("The model could not predict"),
                prediction.warningProperty().get());
    }
}
