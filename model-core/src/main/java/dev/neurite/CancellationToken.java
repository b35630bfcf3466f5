package dev.neurite;

/**
 * A flag one thread sets to ask work on another thread to stop at its next check. Thread-safe; once cancelled it stays
 * cancelled.
 */
public final class CancellationToken {

    /** A token that is never cancelled. */
    public static final CancellationToken NEVER = new CancellationToken();

    private volatile boolean cancelled;

    /** Asks the work to stop; may be called from any thread, any number of times. */
    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
