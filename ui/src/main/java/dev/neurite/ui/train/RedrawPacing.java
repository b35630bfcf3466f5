package dev.neurite.ui.train;

/**
 * When the Train place may redraw its next chart during a run: at most once a refresh tick, and after a slow
 * redraw at least {@link #SHARE} times its cost later, so that chart drawing (and the software rendering of the frame
 * it dirties) takes a small share of the JavaFX thread and leaves the cores to training. Arithmetic on
 * {@link System#nanoTime()} values only, no clock of its own. JavaFX thread only.
 */
final class RedrawPacing {

    /** A redraw that took t waits at least SHARE * t before the next one. */
    static final long SHARE = 9;

    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    /** @param tickNanos the refresh tick; redraws come at most once a tick */
    RedrawPacing(long tickNanos) {
        // 1 ms short of a tick: a tick that fires a little early still counts.
        this.intervalNanos = tickNanos - 1_000_000;
    }

    /** Whether a redraw may happen at {@code now}. */
    boolean due(long now) {
        return now >= next;
    }

    /** A redraw started at {@code started} and took {@code costNanos}: the next waits accordingly. */
    void redrawn(long started, long costNanos) {
        next = started + Math.max(intervalNanos, costNanos * SHARE);
    }
}
