package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.GreyImage;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrawingViewModelTest {

    private final DrawingViewModel drawing = new DrawingViewModel();

    private void stroke(double x0, double y0, double x1, double y1) {
        drawing.beginStroke(x0, y0);
        drawing.extendStroke(x1, y1);
        drawing.endStroke();
    }

    @Test
    void aFinishedStrokeKeepsItsPointsWidthAndMode() {
        drawing.setBrushWidth(12);
        drawing.setErasing(true);
        stroke(10, 10, 50, 60);
        Stroke stroke = drawing.strokes().get(0);
        assertEquals(2, stroke.points().size());
        assertEquals(12, stroke.width());
        assertTrue(stroke.erase());
        assertNull(drawing.currentProperty().get());
    }

    @Test
    void undoTakesBackOnlyTheLastStroke() {
        stroke(10, 10, 50, 60);
        stroke(100, 10, 150, 60);
        drawing.undo();
        assertEquals(1, drawing.strokes().size());
        assertEquals(10, drawing.strokes().get(0).point(0).x());
    }

    @Test
    void clearEmptiesStrokesAndTheOpenedDigit() {
        drawing.open(GreyImage.blank(28, 28));
        stroke(10, 10, 50, 60);
        drawing.clear();
        assertTrue(drawing.isBlank());
        assertFalse(drawing.canUndoProperty().get());
    }

    @Test
    void openingADigitReplacesTheStrokesAndUndoRemovesIt() {
        stroke(10, 10, 50, 60);
        GreyImage digit = GreyImage.blank(28, 28);
        drawing.open(digit);
        assertTrue(drawing.strokes().isEmpty());
        assertSame(digit, drawing.backdropProperty().get());
        drawing.undo();
        assertTrue(drawing.isBlank());
    }

    @Test
    void extendingBetweenStrokesChangesNothing() {
        long before = drawing.revisionProperty().get();
        drawing.extendStroke(5, 5);
        drawing.endStroke();
        assertEquals(before, drawing.revisionProperty().get());
        assertTrue(drawing.strokes().isEmpty());
    }

    @Test
    void pointsCloserThanHalfAPixelAreSkipped() {
        drawing.beginStroke(10, 10);
        drawing.extendStroke(10.2, 10.1);
        assertEquals(1, drawing.currentProperty().get().points().size());
    }

    @Test
    void brushWidthIsClampedToItsRange() {
        drawing.setBrushWidth(1000);
        assertEquals(DrawingViewModel.MAX_BRUSH, drawing.brushWidthProperty().get());
        drawing.setBrushWidth(0);
        assertEquals(DrawingViewModel.MIN_BRUSH, drawing.brushWidthProperty().get());
    }
}
