package dev.neurite;

import java.util.ArrayList;
import java.util.List;

/**
 * A flag one thread sets to ask work on another thread to stop at its next check. Thread-safe; once cancelled it stays
 * cancelled. Work that cannot poll (it waits on something else, a training session) registers what stops it with
 * {@link #whenCancelled}; work that waits for a while can wait on the token itself ({@link #awaitCancelled}).
 */
public final class CancellationToken {

    /** A token that is never cancelled. */
    public static final CancellationToken NEVER = new CancellationToken();

    private volatile boolean cancelled;
    /** Guarded by {@code this}; null once cancelled (the actions have run). */
    private List<Runnable> actions = new ArrayList<>();

    /**
     * Asks the work to stop; may be called from any thread, any number of times. The first call runs the actions
     * registered with {@link #whenCancelled}, on the calling thread, and wakes {@link #awaitCancelled}.
     */
    public void cancel() {
        if (this == NEVER) {
            return;
        }
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = actions;
            actions = null;
            notifyAll();
        }
        for (Runnable action : toRun) {
            action.run();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code action} when this token is cancelled: on the thread that cancels it, or at once on the calling
     * thread when it already is.
     *
     * @return forgets the action (call it when the work it would stop has ended); calling it twice does nothing
     */
    public Runnable whenCancelled(Runnable action) {
        if (this == NEVER) {
            return () -> { };
        }
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return () -> forget(action);
            }
        }
        action.run();
        return () -> { };
    }

    private synchronized void forget(Runnable action) {
        if (actions != null) {
            actions.remove(action);
        }
    }

    /**
     * Waits until this token is cancelled or {@code millis} have passed, whichever comes first.
     *
     * @return whether it is cancelled
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitCancelled(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        synchronized (this) {
            long left;
            while (!cancelled && (left = end - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
            return cancelled;
        }
    }
}
