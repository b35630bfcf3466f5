package dev.neurite.ui.draw;

import dev.neurite.eval.ConfidenceOnDrawings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Arrays;

/**
 * Compares how sure the model is of the learner's drawings with how sure it is of the test images, and says so when
 * the drawings fall well behind ({@link ConfidenceOnDrawings}). A drawing counts when the canvas is cleared after it;
 * a new model (a new test-set confidence) starts the count again.
 *
 * <p>Threading: JavaFX thread only (it listens to view-model properties).
 */
public final class DrawingCoach {

    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ObservableValue<Double> testConfidence;
    private double[] drawings = new double[0];

    /**
     * @param drawing           the canvas, whose finished drawings are counted
     * @param drawingConfidence the top probability of the newest prediction of the canvas, or null
     * @param testConfidence    the active model's mean top probability on the test images, or null before it is known
     */
    public DrawingCoach(DrawingViewModel drawing, ObservableValue<Double> drawingConfidence,
                        ObservableValue<Double> testConfidence) {
        this.testConfidence = testConfidence;
        drawing.finishedDrawingsProperty().addListener((obs, old, now) -> {
            Double confidence = drawingConfidence.getValue();
            if (confidence != null) {
                drawings = Arrays.copyOf(drawings, drawings.length + 1);
                drawings[drawings.length - 1] = confidence;
                update();
            }
        });
        testConfidence.addListener((obs, old, now) -> {
            drawings = new double[0];
            update();
        });
    }

    /** The top probability of each drawing counted for the current model, oldest first (a copy). */
    public double[] drawings() {
        return drawings.clone();
    }

    /** The coach's sentence, or empty. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    private void update() {
        Double test = testConfidence.getValue();
        note.set(test == null ? "" : ConfidenceOnDrawings.note(test, drawings).orElse(""));
    }
}
