package dev.neurite.ui.draw;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DigitPredictionTest {

    @Test
    void rankingOrdersClassesByProbability() {
        float[] p = {0.05f, 0.1f, 0.6f, 0f, 0.2f, 0.05f, 0f, 0f, 0f, 0f};
        assertEquals(List.of(2, 4, 1), DigitPrediction.ranking(p, 3));
    }

    @Test
    void rankingOfNothingIsEmpty() {
        assertEquals(List.of(), DigitPrediction.ranking(null, 3));
    }
}
