package dev.neurite.ui.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts' redraw pacing, on made-up {@code nanoTime} values. */
class RedrawPacingTest {

    private static final long MS = 1_000_000;
    private static final long TICK = 200 * MS;

    @Test
    void theFirstRedrawIsDueAtOnce() {
        assertTrue(new RedrawPacing(TICK).due(0));
    }

    @Test
    void aQuickRedrawIsDueAgainAtTheNextTick() {
        RedrawPacing pacing = new RedrawPacing(TICK);
        long start = 5_000 * MS;
        pacing.redrawn(start, 4 * MS);
        assertFalse(pacing.due(start + TICK / 2), "not between ticks");
        assertTrue(pacing.due(start + TICK - MS / 2), "the next tick redraws, even a little early");
    }

    @Test
    void aSlowRedrawWaitsNineTimesItsCost() {
        RedrawPacing pacing = new RedrawPacing(TICK);
        long start = 5_000 * MS;
        pacing.redrawn(start, 50 * MS);
        assertFalse(pacing.due(start + 2 * TICK));
        assertTrue(pacing.due(start + 450 * MS));
    }
}
