package dev.neurite.engine.kernel;

import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Runs work split in two halves at once: half 1 on a helper thread kept for the purpose, half 0 on the calling thread,
 * returning when both are done. The engine splits a Dense layer's products ({@link KernelHalves}) and the update of
 * a large weight ({@code OptimizerRun}) along its rows, always the same rows to the same thread, so that each core
 * keeps its half of the kernel, its gradient and the optimizer's state in its own cache from one step to the next.
 * OpenMP's two threads inside one product do not: they leave half of the gradient in the other core's cache for the
 * update to fetch, and the updated weights in this one's for the next product (BENCHMARKS.md).
 *
 * <p>An instance is one place in a training step that splits its work; all share one helper thread. A parked thread
 * takes 10-200 us to wake on a virtual machine, as long as a small half, so after a half the helper polls for the
 * next one (yielding its core to any other thread that wants it: the window's JIT compiler and renderer) for twice
 * the time it waited after this place's previous half, when that was under {@link #LINGER_NANOS} (mnist-mlp's halves
 * follow each other within 0.3 ms); otherwise it parks at once (m2-cnn's convolutions run on OpenMP's threads between
 * two updates of its Dense kernel). A half the helper has not started by the time the caller's is done, the caller
 * runs itself. During a half, products on either thread run on that thread alone (OpenMP's count is set to 1 and
 * back). When the engine runs on one thread, or another thread holds the helper, or a half asks for a pair itself,
 * both halves run on the calling thread, half 0 first. Either way the arithmetic is the same.
 *
 * <p>Thread-safe. Halves must write disjoint data; an exception in either is rethrown once both have finished.
 */
public final class ThreadPair {

    /** The longest the helper polls for a next half; a longer wait parks it. */
    static final long LINGER_NANOS = 1_000_000;
    /** How long the caller spins for the helper's half before yielding its core between checks. */
    private static final long CALLER_SPIN_NANOS = 50_000;

    private static final AtomicBoolean BUSY = new AtomicBoolean();

    private static Helper helper;

    /** How long the helper waited for its next half after this place's last one, in ns; -1 before any. */
    private volatile long gapAfter = -1;

    /** The rows of {@code rows} that half 0 takes; half 1 takes the rest. */
    public static int firstHalf(long rows) {
        return Math.toIntExact((rows + 1) / 2);
    }

    /** Runs {@code half.accept(0)} and {@code half.accept(1)}, at once when a second thread is free. */
    public void run(IntConsumer half) {
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int threads = ops.ompGetMaxThreads();
        if (threads < 2 || !BUSY.compareAndSet(false, true)) {
            half.accept(0);
            half.accept(1);
            return;
        }
        ops.setOmpNumThreads(1);
        try {
            helper().runWith(this, half);
        } finally {
            ops.setOmpNumThreads(threads);
            BUSY.set(false);
        }
    }

    /** How long the helper polls after a half of this place: see the class comment. */
    private long linger() {
        long gap = gapAfter;
        return gap < 0 ? LINGER_NANOS : gap <= LINGER_NANOS ? Math.min(LINGER_NANOS, 2 * gap) : 0;
    }

    private static synchronized Helper helper() {
        if (helper == null) {
            helper = new Helper();
        }
        return helper;
    }

    /**
     * The helper thread: one half at a time, handed over through {@code pending} (one caller at a time: BUSY). Either
     * thread may take a pending half: the caller takes it back when the helper has not by the time its own half is
     * done (the helper was parked, or its core busy with other threads), so a late helper does not hold the caller
     * up; once the helper has started a half, the caller waits for it.
     */
    private static final class Helper implements Runnable {
        private final Thread thread;
        private final AtomicReference<IntConsumer> pending = new AtomicReference<>();
        private volatile ThreadPair place;
        private volatile long finished;
        private volatile Throwable failure;

        Helper() {
            thread = new Thread(this, "neurite-engine-helper");
            thread.setDaemon(true);
            thread.start();
        }

        void runWith(ThreadPair from, IntConsumer half) {
            long target = finished + 1;
            place = from;
            pending.set(half);
            LockSupport.unpark(thread);
            Throwable own = null;
            try {
                half.accept(0);
            } catch (RuntimeException | Error e) {
                own = e;
            }
            if (pending.compareAndSet(half, null)) {
                rethrow(own);
                half.accept(1);
                return;
            }
            long spinUntil = System.nanoTime() + CALLER_SPIN_NANOS;
            while (finished != target) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
            Throwable theirs = failure;
            failure = null;
            rethrow(own != null ? own : theirs);
        }

        @Override
        public void run() {
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(1);
            ThreadPair last = null;
            long lastEnd = 0;
            while (true) {
                IntConsumer half = awaitTask(last == null ? 0 : last.linger());
                ThreadPair from = place;
                if (!pending.compareAndSet(half, null)) {
                    continue;
                }
                if (last != null) {
                    last.gapAfter = System.nanoTime() - lastEnd;
                }
                try {
                    half.accept(1);
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                last = from;
                lastEnd = System.nanoTime();
                finished = finished + 1;
            }
        }

        /**
         * The next pending half: polls, yielding the core to any other thread that wants it, for {@code lingerNanos},
         * then parks until a caller unparks it.
         */
        private IntConsumer awaitTask(long lingerNanos) {
            long spinUntil = System.nanoTime() + lingerNanos;
            IntConsumer half;
            while ((half = pending.get()) == null) {
                if (System.nanoTime() < spinUntil) {
                    Thread.yield();
                } else {
                    LockSupport.park(this);
                }
            }
            return half;
        }

        private static void rethrow(Throwable failure) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
    }
}
