package dev.neurite.ui.draw;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawingCoachTest {

    private final DrawingViewModel drawing = new DrawingViewModel();
    private final SimpleObjectProperty<Double> drawingConfidence = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Double> testConfidence = new SimpleObjectProperty<>(0.95);
    private final DrawingCoach coach = new DrawingCoach(drawing, drawingConfidence, testConfidence);

    private void drawAndClear(double confidence) {
        drawing.beginStroke(10, 10);
        drawing.extendStroke(20, 30);
        drawing.endStroke();
        drawingConfidence.set(confidence);
        drawing.clear();
    }

    @Test
    void fiveUnsureDrawingsBringTheNote() {
        for (int i = 0; i < 4; i++) {
            drawAndClear(0.6);
        }
        assertEquals("", coach.noteProperty().get(), "four drawings are too few");
        drawAndClear(0.6);
        assertTrue(coach.noteProperty().get().startsWith("This model is less sure of your 5 drawings (60%"),
                coach.noteProperty().get());
    }

    @Test
    void clearingAnOpenedTestImageOrAnEmptyCanvasCountsNoDrawing() {
        drawing.open(new dev.neurite.data.preprocess.GreyImage(28, 28, new float[28 * 28]));
        drawingConfidence.set(0.5);
        drawing.clear();
        drawing.clear();
        assertEquals(0, coach.drawings().length);
    }

    @Test
    void aNewModelStartsTheCountAgain() {
        for (int i = 0; i < 5; i++) {
            drawAndClear(0.5);
        }
        testConfidence.set(0.9);
        assertEquals(0, coach.drawings().length);
        assertEquals("", coach.noteProperty().get());
    }
}
