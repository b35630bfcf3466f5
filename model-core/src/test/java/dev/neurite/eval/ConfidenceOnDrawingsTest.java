package dev.neurite.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceOnDrawingsTest {

    @Test
    void aModelMuchLessSureOfDrawingsThanOfTestImagesGetsANoteThatSaysWhatHelps() {
        String note = ConfidenceOnDrawings.note(0.95, new double[] {0.7, 0.8, 0.6, 0.9, 0.75}).orElseThrow();
        assertTrue(note.startsWith("This model is less sure of your 5 drawings (75% on average) than of the test "
                + "images (95%)"), note);
        assertTrue(note.contains("Training longer"), note);
    }

    @Test
    void fewDrawingsOrASmallGapSayNothing() {
        assertTrue(ConfidenceOnDrawings.note(0.95, new double[] {0.5, 0.5, 0.5, 0.5}).isEmpty());
        assertTrue(ConfidenceOnDrawings.note(0.95, new double[] {0.9, 0.9, 0.88, 0.86, 0.9}).isEmpty());
        assertTrue(ConfidenceOnDrawings.note(Double.NaN, new double[] {0.1, 0.1, 0.1, 0.1, 0.1}).isEmpty());
    }

    @Test
    void meanTopProbabilityAveragesEachSamplesLargestOutput() {
        assertEquals(0.75, ConfidenceOnDrawings.meanTopProbability(new float[][] {{0.1f, 0.9f}, {0.6f, 0.4f}}), 1e-6);
        assertEquals(0, ConfidenceOnDrawings.meanTopProbability(new float[0][]));
    }
}
