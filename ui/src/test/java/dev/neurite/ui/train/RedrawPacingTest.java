package dev.neurite.ui.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts' redraw pacing, on made-up {@code nanoTime} values. */
class RedrawPacingTest {

    private static final long MS = 1_000_000;
    private static final long TICK = 100 * MS;

    @Test
    void theFirstRedrawIsDueAtOnce() {
        assertTrue(new RedrawPacing(TICK).due(0));
    }

    @Test
    void aQuickRedrawIsDueAgainEveryOtherTick() {
        RedrawPacing pacing = new RedrawPacing(TICK);
        long start = 5_000 * MS;
        pacing.redrawn(start, 4 * MS);
        assertFalse(pacing.due(start + TICK), "the next tick skips the charts");
        assertTrue(pacing.due(start + 2 * TICK - MS / 2), "the tick after that redraws, even a little early");
    }

    @Test
    void aSlowRedrawWaitsNineTimesItsCost() {
        RedrawPacing pacing = new RedrawPacing(TICK);
        long start = 5_000 * MS;
        pacing.redrawn(start, 50 * MS);
        assertFalse(pacing.due(start + 4 * TICK));
        assertTrue(pacing.due(start + 450 * MS));
    }
}
