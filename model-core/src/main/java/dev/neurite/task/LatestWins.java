package dev.neurite.task;

import dev.neurite.CancellationToken;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Computes a value for the newest of a stream of inputs (the drawing on the canvas, the data set shown) in the
 * background without queueing up stale work: at most one input is computed at a time; while it is, only the newest
 * further input waits (an input that was waiting is dropped when a newer one comes, never computed), and the running
 * work's {@link CancellationToken} is cancelled, so work that checks it can stop early.
 *
 * <p>What is delivered, on {@link Background}'s results executor: every computed value, marked whether its input is
 * still the newest (a live view may show a superseded value until the newest one is ready; a cache may keep it); every
 * failure, marked the same way. Nothing is delivered for work that stopped for its token (it throws
 * {@link CancellationException}) nor for inputs submitted before {@link #clear} or {@link #close}.
 *
 * <p>Threading: {@link #submit}, {@link #clear}, {@link #close} and {@link #busy} may be called from any thread (the
 * UI thread in the window); the work runs on the background's work thread; the {@link Listener} is called on its
 * results executor, one call at a time per input, never while a lock of this class is held.
 *
 * @param <I> the input, handed to the work as it was submitted
 * @param <O> what the work computes from it
 */
public final class LatestWins<I, O> implements AutoCloseable {

    /** Computes the value of one input; called on the work thread. */
    @FunctionalInterface
    public interface Work<I, O> {
        /**
         * @param cancel cancelled when a newer input is submitted or everything is cleared; work that stops for it
         *               throws {@link CancellationException}
         */
        O compute(I input, CancellationToken cancel) throws Exception;
    }

    /** Told the outcomes; called on the results executor. */
    public interface Listener<I, O> {
        /** {@code output} was computed for {@code input}; {@code newest}: no input was submitted after it. */
        void succeeded(I input, O output, boolean newest);

        /** The work for {@code input} failed (or the executor refused it). */
        void failed(I input, Throwable error, boolean newest);

        /** Nothing runs or waits any more (after the last input's outcome was delivered or dropped). */
        default void idle() {
        }
    }

    /**
     * Told how many inputs are in flight, for a scheduler that lets them go first: {@link #begin} once per submitted
     * input (on the submitting thread), {@link #end} once per input when its work has computed (on the work thread,
     * before the outcome is handed on) or when it was dropped without being computed.
     */
    public interface InFlight {
        /** Counts nothing. */
        InFlight NONE = new InFlight() {
            @Override
            public void begin() {
            }

            @Override
            public void end() {
            }
        };

        void begin();

        void end();
    }

    private final Background background;
    private final Work<I, O> work;
    private final Listener<I, O> listener;
    private final InFlight inFlight;

    /** Guarded by {@code this}. */
    private Job<I> running;
    private I waiting;
    private boolean hasWaiting;
    /** Counts submissions and clears; a job delivers only while nothing was cleared since it was submitted. */
    private long submitted;
    private long clearedAt;
    private boolean closed;

    /** One submitted input and its token. */
    private record Job<I>(I input, long number, CancellationToken cancel) {
    }

    public LatestWins(Background background, Work<I, O> work, Listener<I, O> listener) {
        this(background, work, listener, InFlight.NONE);
    }

    /** @param inFlight told when inputs enter and leave the computation */
    public LatestWins(Background background, Work<I, O> work, Listener<I, O> listener, InFlight inFlight) {
        this.background = Objects.requireNonNull(background, "background");
        this.work = Objects.requireNonNull(work, "work");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.inFlight = Objects.requireNonNull(inFlight, "inFlight");
    }

    /** Computes {@code input} now, or after the running work when some runs (then replacing any waiting input). */
    public void submit(I input) {
        Job<I> start;
        Job<I> superseded;
        boolean dropped;
        synchronized (this) {
            if (closed) {
                return;
            }
            inFlight.begin();
            submitted++;
            superseded = running;
            if (running != null) {
                dropped = hasWaiting;
                waiting = input;
                hasWaiting = true;
                start = null;
            } else {
                dropped = false;
                start = new Job<>(input, submitted, new CancellationToken());
                running = start;
            }
        }
        if (superseded != null) {
            superseded.cancel().cancel(); // outside the lock: the token may run actions that stop the work
        }
        if (dropped) {
            inFlight.end();
        }
        if (start != null) {
            start(start);
        }
    }

    /**
     * Drops the waiting input, cancels the running work and delivers nothing of any input submitted so far; later
     * inputs are computed as usual.
     */
    public void clear() {
        boolean dropped;
        Job<I> cleared;
        synchronized (this) {
            clearedAt = submitted;
            dropped = hasWaiting;
            waiting = null;
            hasWaiting = false;
            cleared = running;
        }
        if (cleared != null) {
            cleared.cancel().cancel();
        }
        if (dropped) {
            inFlight.end();
        }
    }

    /** {@link #clear}, and every later {@link #submit} is ignored. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        clear();
    }

    /** Whether work runs or an input waits (until the last outcome was handed to the listener). */
    public synchronized boolean busy() {
        return running != null;
    }

    private void start(Job<I> job) {
        AtomicBoolean counted = new AtomicBoolean(true);
        Runnable computed = () -> {
            if (counted.getAndSet(false)) {
                inFlight.end();
            }
        };
        background.run(() -> {
            try {
                if (job.cancel().isCancelled() && isCleared(job)) {
                    throw new CancellationException("cleared before it started");
                }
                return work.compute(job.input(), job.cancel());
            } finally {
                computed.run();
            }
        }, output -> ended(job, output, null), error -> {
            computed.run(); // a refused job never ran
            ended(job, null, error);
        });
    }

    /** Results executor: hands the outcome on, then starts the waiting input, if any. */
    private void ended(Job<I> job, O output, Throwable error) {
        boolean deliver;
        boolean newest;
        synchronized (this) {
            newest = job.number() == submitted;
            deliver = !isCleared(job) && !(error instanceof CancellationException && job.cancel().isCancelled());
        }
        try {
            if (deliver && error == null) {
                listener.succeeded(job.input(), output, newest);
            } else if (deliver) {
                listener.failed(job.input(), error, newest);
            }
        } finally {
            next();
        }
    }

    private void next() {
        Job<I> start = null;
        synchronized (this) {
            running = null;
            if (hasWaiting) {
                start = new Job<>(waiting, submitted, new CancellationToken());
                running = start;
                waiting = null;
                hasWaiting = false;
            }
        }
        if (start != null) {
            start(start);
        } else {
            listener.idle();
        }
    }

    private synchronized boolean isCleared(Job<I> job) {
        return job.number() <= clearedAt;
    }
}
