package dev.neurite.ui.common;

import dev.neurite.task.LatestWins;

import java.util.concurrent.TimeUnit;

/**
 * Lets short interactive work (a prediction of the learner's drawing) go before long background work that shares the
 * same network and the same cores (evaluating the whole test set): the interactive work brackets itself with
 * {@link #begin()} and {@link #end()}, and the background work calls {@link #awaitNone} between its chunks, which waits
 * while any interactive work is in flight. The wait is bounded, so a caller that forgets {@link #end()} slows the
 * background work down but never stops it. A {@link LatestWins} counts its inputs in flight here when given this.
 *
 * <p>Thread-safe: any thread may call any method.
 */
public final class InteractiveFirst implements LatestWins.InFlight {

    /** The longest {@link #awaitNone} waits by default. */
    public static final long DEFAULT_MAX_WAIT_MILLIS = 500;

    private int inFlight;

    /** Interactive work is starting (call before handing it to another thread). */
    @Override
    public synchronized void begin() {
        inFlight++;
    }

    /** Interactive work begun with {@link #begin()} has ended. */
    @Override
    public synchronized void end() {
        if (inFlight > 0) {
            inFlight--;
        }
        if (inFlight == 0) {
            notifyAll();
        }
    }

    /** How much interactive work is in flight now. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /**
     * Waits until no interactive work is in flight, or at most {@code maxWaitMillis}.
     *
     * @return whether none is in flight now
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public synchronized boolean awaitNone(long maxWaitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
