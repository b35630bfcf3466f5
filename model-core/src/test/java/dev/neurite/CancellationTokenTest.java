package dev.neurite;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CancellationTokenTest {

    @Test
    void cancellingRunsTheRegisteredActionsOnce() {
        CancellationToken token = new CancellationToken();
        List<String> ran = new ArrayList<>();
        token.whenCancelled(() -> ran.add("stop the session"));
        Runnable forget = token.whenCancelled(() -> ran.add("forgotten"));
        forget.run();
        token.cancel();
        token.cancel();
        assertEquals(List.of("stop the session"), ran);
    }

    @Test
    void anActionRegisteredAfterCancellingRunsAtOnce() {
        CancellationToken token = new CancellationToken();
        token.cancel();
        List<String> ran = new ArrayList<>();
        token.whenCancelled(() -> ran.add("stop"));
        assertEquals(List.of("stop"), ran);
    }

    @Test
    void theNeverTokenStaysUncancelled() throws InterruptedException {
        CancellationToken.NEVER.cancel();
        CancellationToken.NEVER.whenCancelled(() -> {
            throw new AssertionError("never cancelled");
        });
        assertFalse(CancellationToken.NEVER.isCancelled());
        assertFalse(CancellationToken.NEVER.awaitCancelled(1));
    }

    @Test
    void awaitingWakesWhenAnotherThreadCancels() throws InterruptedException {
        CancellationToken token = new CancellationToken();
        CountDownLatch woke = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                if (token.awaitCancelled(60_000)) {
                    woke.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        token.cancel();
        assertTrue(woke.await(10, TimeUnit.SECONDS));
        waiter.join();
    }
}
