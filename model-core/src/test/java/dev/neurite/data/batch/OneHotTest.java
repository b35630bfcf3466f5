package dev.neurite.data.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OneHotTest {

    @Test
    void aLabelBecomesAOneAtItsIndex() {
        assertArrayEquals(new float[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, OneHot.encode(3, 10));
    }

    @Test
    void encodingIntoARowOverwritesOnlyThatRow() {
        float[] rows = {7, 7, 7, 7, 7, 7};
        OneHot.encodeInto(0, 3, rows, 3);
        assertArrayEquals(new float[] {7, 7, 7, 1, 0, 0}, rows);
    }

    @Test
    void aLabelOutsideTheClassesIsRefused() {
        IllegalArgumentException problem = assertThrows(IllegalArgumentException.class, () -> OneHot.encode(10, 10));
        assertEquals("Label must be in [0, 10); got 10", problem.getMessage());
    }
}
