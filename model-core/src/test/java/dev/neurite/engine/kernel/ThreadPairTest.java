package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two halves of work: on two threads when the engine has two, in order on the caller otherwise or when nested. */
class ThreadPairTest {

    private final NativeOps ops = nativeOps();

    /** libnd4j's calls, once ND4J has loaded its backend (as it has whenever the engine splits work). */
    private static NativeOps nativeOps() {
        Nd4j.scalar(0f);
        return NativeOpsHolder.getInstance().getDeviceNativeOps();
    }

    @Test
    void runsHalfOneOnAnotherThreadAndSetsTheCallersThreadCountBack() {
        withThreads(2, () -> {
            Thread[] ran = new Thread[2];
            int[] threadsInHalf = new int[2];
            CountDownLatch halfOneStarted = new CountDownLatch(1);
            boolean[] bothAtOnce = new boolean[1];
            new ThreadPair().run(half -> {
                ran[half] = Thread.currentThread();
                threadsInHalf[half] = ops.ompGetMaxThreads();
                if (half == 1) {
                    halfOneStarted.countDown();
                } else {
                    bothAtOnce[0] = await(halfOneStarted);
                }
            });
            assertTrue(bothAtOnce[0], "half 1 started while half 0 ran");
            assertSame(Thread.currentThread(), ran[0]);
            assertNotSame(Thread.currentThread(), ran[1]);
            assertEquals(1, threadsInHalf[0], "products inside a half run on its thread alone");
            assertEquals(1, threadsInHalf[1]);
            assertEquals(2, ops.ompGetMaxThreads());
        });
    }

    @Test
    void runsBothHalvesInOrderOnTheCallerWithOneThreadOrWhenNested() {
        withThreads(1, () -> {
            StringBuilder order = new StringBuilder();
            new ThreadPair().run(half -> order.append(half).append(Thread.currentThread() == caller() ? "c" : "o"));
            assertEquals("0c1c", order.toString());
        });
        withThreads(2, () -> {
            StringBuilder inner = new StringBuilder();
            new ThreadPair().run(half -> {
                if (half == 0) {
                    new ThreadPair().run(innerHalf -> inner.append(innerHalf).append(
                            Thread.currentThread() == caller() ? "c" : "o"));
                }
            });
            assertEquals("0c1c", inner.toString());
        });
    }

    @Test
    void rethrowsTheHelpersFailureAfterBothHalvesAndStaysUsable() {
        withThreads(2, () -> {
            boolean[] callerFinished = new boolean[1];
            ThreadPair pair = new ThreadPair();
            CountDownLatch halfOneStarted = new CountDownLatch(1);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> pair.run(half -> {
                if (half == 1) {
                    halfOneStarted.countDown();
                    throw new IllegalStateException("half 1 failed");
                }
                callerFinished[0] = await(halfOneStarted);
            }));
            assertEquals("half 1 failed", thrown.getMessage());
            assertEquals(true, callerFinished[0]);
            int[] sums = new int[2];
            pair.run(half -> sums[half] = half + 1);
            assertEquals(3, sums[0] + sums[1]);
        });
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Thread callerThread;

    private Thread caller() {
        return callerThread;
    }

    private void withThreads(int threads, Runnable body) {
        int before = ops.ompGetMaxThreads();
        ops.setOmpNumThreads(threads);
        callerThread = Thread.currentThread();
        try {
            body.run();
        } finally {
            ops.setOmpNumThreads(before);
        }
    }
}
