package dev.neurite.task;

import dev.neurite.CancellationToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latest-wins scheduling on a real background thread, synchronised with latches only. */
class LatestWinsTest {

    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Background background = Background.on(thread, Runnable::run);
    private final List<String> computed = new CopyOnWriteArrayList<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private volatile CountDownLatch idle = new CountDownLatch(1);

    private final LatestWins.Listener<String, String> listener = new LatestWins.Listener<>() {
        @Override
        public void succeeded(String input, String output, boolean newest) {
            delivered.add(output + (newest ? "" : " (superseded)"));
        }

        @Override
        public void failed(String input, Throwable error, boolean newest) {
            delivered.add(input + " failed: " + error.getMessage() + (newest ? "" : " (superseded)"));
        }

        @Override
        public void idle() {
            idle.countDown();
        }
    };

    @AfterEach
    void stop() {
        thread.shutdownNow();
    }

    /** Work that holds the first input until the test releases it, then upper-cases. */
    private String blockFirst(String input, CancellationToken cancel) throws InterruptedException {
        computed.add(input);
        if (computed.size() == 1) {
            firstStarted.countDown();
            assertTrue(releaseFirst.await(10, TimeUnit.SECONDS));
        }
        return input.toUpperCase();
    }

    private void awaitIdle() throws InterruptedException {
        assertTrue(idle.await(10, TimeUnit.SECONDS), "the work should end");
    }

    @Test
    void onlyTheNewestWaitingInputIsComputedAfterTheRunningOne() throws InterruptedException {
        LatestWins<String, String> latest = new LatestWins<>(background, this::blockFirst, listener);
        latest.submit("a");
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        latest.submit("b");
        latest.submit("c");
        assertTrue(latest.busy());
        releaseFirst.countDown();
        awaitIdle();
        assertEquals(List.of("a", "c"), computed, "b was replaced while it waited");
        assertEquals(List.of("A (superseded)", "C"), delivered);
        assertFalse(latest.busy());
    }

    @Test
    void aNewerInputCancelsTheRunningWork() throws InterruptedException {
        LatestWins<String, String> latest = new LatestWins<>(background, (input, cancel) -> {
            computed.add(input);
            if (input.equals("slow")) {
                firstStarted.countDown();
                while (!cancel.awaitCancelled(10_000)) {
                    // waits for the token only
                }
                throw new CancellationException();
            }
            return input.toUpperCase();
        }, listener);
        latest.submit("slow");
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        latest.submit("quick");
        awaitIdle();
        assertEquals(List.of("slow", "quick"), computed);
        assertEquals(List.of("QUICK"), delivered, "the cancelled work delivers nothing");
    }

    @Test
    void aFailureIsDeliveredWithItsInput() throws InterruptedException {
        LatestWins<String, String> latest = new LatestWins<>(background, (input, cancel) -> {
            throw new IllegalStateException("no model");
        }, listener);
        latest.submit("a");
        awaitIdle();
        assertEquals(List.of("a failed: no model"), delivered);
    }

    @Test
    void nothingIsDeliveredAfterCloseAndLaterInputsAreIgnored() throws InterruptedException {
        LatestWins<String, String> latest = new LatestWins<>(background, this::blockFirst, listener);
        latest.submit("a");
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        latest.submit("b");
        latest.close();
        latest.submit("c");
        releaseFirst.countDown();
        awaitIdle();
        assertEquals(List.of("a"), computed, "b was dropped by close, c came after it");
        assertEquals(List.of(), delivered);
        assertFalse(latest.busy());
    }

    @Test
    void clearingDropsWhatWasAskedBeforeButComputesWhatComesAfter() throws InterruptedException {
        LatestWins<String, String> latest = new LatestWins<>(background, this::blockFirst, listener);
        latest.submit("a");
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        latest.clear();
        latest.submit("b");
        releaseFirst.countDown();
        awaitIdle();
        assertEquals(List.of("B"), delivered);
    }

    @Test
    void everyInputInFlightIsCountedUntilComputedOrDropped() throws InterruptedException {
        AtomicInteger inFlight = new AtomicInteger();
        List<Integer> seenByWork = new CopyOnWriteArrayList<>();
        LatestWins<String, String> latest = new LatestWins<>(background, (input, cancel) -> {
            seenByWork.add(inFlight.get());
            return blockFirst(input, cancel);
        }, listener, new LatestWins.InFlight() {
            @Override
            public void begin() {
                inFlight.incrementAndGet();
            }

            @Override
            public void end() {
                inFlight.decrementAndGet();
            }
        });
        latest.submit("a");
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        latest.submit("b");
        latest.submit("c");
        assertEquals(2, inFlight.get(), "the running input and the newest waiting one");
        releaseFirst.countDown();
        awaitIdle();
        assertEquals(0, inFlight.get());
        assertEquals(List.of(1, 1), seenByWork, "c was counted while it ran; a was the only one when it started");
    }

    @Test
    void aRefusedInputIsAFailureAndEndsItsCount() throws InterruptedException {
        thread.shutdown();
        AtomicInteger inFlight = new AtomicInteger();
        LatestWins<String, String> latest = new LatestWins<>(background, this::blockFirst, listener,
                new LatestWins.InFlight() {
                    @Override
                    public void begin() {
                        inFlight.incrementAndGet();
                    }

                    @Override
                    public void end() {
                        inFlight.decrementAndGet();
                    }
                });
        latest.submit("a");
        awaitIdle();
        assertEquals(1, delivered.size());
        assertTrue(delivered.get(0).startsWith("a failed"), delivered.get(0));
        assertEquals(0, inFlight.get());
    }
}
