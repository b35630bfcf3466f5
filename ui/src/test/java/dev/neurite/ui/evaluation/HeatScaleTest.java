package dev.neurite.ui.evaluation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatScaleTest {

    @ParameterizedTest
    @CsvSource({"0, 0.0, heat-empty", "1, 0.01, heat-0", "5, 0.5, heat-5", "99, 0.99, heat-9", "100, 1.0, heat-9"})
    void rowFractionsMapToTenColourSteps(int count, double fraction, String styleClass) {
        assertEquals(styleClass, HeatScale.styleClass(count, fraction));
    }
}
