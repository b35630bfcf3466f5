package dev.neurite.ui.common;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InteractiveFirstTest {

    private final InteractiveFirst interactive = new InteractiveFirst();

    @Test
    void withNothingInFlightBackgroundWorkGoesOnAtOnce() throws InterruptedException {
        assertTrue(interactive.awaitNone(0));
    }

    @Test
    void workInFlightHoldsBackgroundWorkUntilItEnds() throws Exception {
        interactive.begin();
        interactive.begin();
        assertFalse(interactive.awaitNone(1), "still in flight: the bounded wait gives up");
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try {
                return interactive.awaitNone(60_000);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        interactive.end();
        assertEquals(1, interactive.inFlight());
        interactive.end();
        assertTrue(waiter.get(30, TimeUnit.SECONDS), "released by the last end()");
    }

    @Test
    void anUnmatchedEndDoesNotGoBelowZero() throws InterruptedException {
        interactive.end();
        interactive.begin();
        assertEquals(1, interactive.inFlight());
        assertFalse(interactive.awaitNone(0));
    }
}
