package dev.neurite.ui.train;

import javafx.application.Platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Measures how long the JavaFX thread keeps a learner waiting, without making JavaFX pulse: a timer thread posts a
 * probe to the JavaFX thread every {@link #PROBE_MILLIS} ms and the probe notes how late it ran. A click or key press
 * waits about as long. Unlike {@link PulseMeter} (an animation timer, which keeps JavaFX rendering 60 frames a
 * second), it leaves a window that has nothing to draw idle, as the app is; a stall is seen at most
 * {@link #PROBE_MILLIS} ms short. For measurements, not tests. Start and stop on any thread; read on the JavaFX
 * thread.
 */
public final class FxStallMeter {

    /** The probes' spacing. */
    static final long PROBE_MILLIS = 20;
    /** Stalls at least this long are remembered with when they ended. */
    static final long NOTED_NANOS = 50_000_000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(job -> {
        Thread thread = new Thread(job, "fx-stall-meter");
        thread.setDaemon(true);
        return thread;
    });
    private final List<String> longStalls = new ArrayList<>();
    private long first;
    private long longest;
    private long probes;

    /** Starts probing. */
    public void start() {
        first = System.nanoTime();
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> ran(posted));
        }, 0, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops probing; probes already posted may still run. */
    public void stop() {
        timer.shutdownNow();
    }

    /** On the JavaFX thread. */
    private void ran(long posted) {
        long now = System.nanoTime();
        long late = now - posted;
        longest = Math.max(longest, late);
        probes++;
        if (late >= NOTED_NANOS) {
            longStalls.add(String.format(Locale.ROOT, "%.0f ms ending at %.2f s", late / 1e6, (now - first) / 1e9));
        }
    }

    /** The longest a probe waited for the JavaFX thread, in milliseconds. */
    public double longestStallMillis() {
        return longest / 1e6;
    }

    /** The stalls of at least {@link #NOTED_NANOS}, e.g. "120 ms ending at 0.85 s" (seconds since start). */
    public List<String> longStalls() {
        return List.copyOf(longStalls);
    }

    /** How many probes ran. */
    public long probes() {
        return probes;
    }
}
