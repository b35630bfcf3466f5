package dev.neurite.explain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatColoursTest {

    @Test
    void manyValuesAreColouredAsOneAtATimeAtTheEndsAndClampedOutside() {
        int[] argb = HeatColours.sequential(new float[] {2, 4, 1, 9, Float.NaN}, 2, 4);
        assertArrayEquals(new int[] {HeatColours.sequential(0), HeatColours.sequential(1), HeatColours.sequential(0),
            HeatColours.sequential(1), HeatColours.sequential(0)}, argb);
        assertEquals(0xFF000004, HeatColours.sequential(0), "black at the bottom");
    }

    @Test
    void theTableIsWithinOneStepOfTheExactColour() {
        for (int i = 0; i <= 100; i++) {
            float t = i / 100f;
            int table = HeatColours.sequential(new float[] {t}, 0, 1)[0];
            int exact = HeatColours.sequential(t);
            for (int shift = 0; shift <= 16; shift += 8) {
                assertEquals(exact >> shift & 0xFF, table >> shift & 0xFF, 3.0, "t = " + t);
            }
        }
    }

    @Test
    void divergingIsWhiteAtZeroBlueBelowRedAbove() {
        assertEquals(0xFFF7F7F7, HeatColours.diverging(0));
        assertEquals(0xFF2166AC, HeatColours.diverging(-1));
        assertEquals(0xFFB2182B, HeatColours.diverging(5));
        assertArrayEquals(new int[] {0xFF2166AC, 0xFFF7F7F7}, HeatColours.diverging(new float[] {-2, 0}, 2));
    }
}
