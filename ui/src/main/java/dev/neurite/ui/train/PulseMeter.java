package dev.neurite.ui.train;

import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the JavaFX thread runs: the longest gap between two consecutive pulses (frames) while it is
 * on. A gap above 100 ms is a visible stutter. Start, stop and read on the JavaFX thread.
 */
final class PulseMeter extends AnimationTimer {

    /** Gaps at least this long are remembered with when they ended, to tell what caused them. */
    static final long NOTED_GAP_NANOS = 50_000_000;

    private final java.util.List<String> longGaps = new java.util.ArrayList<>();
    private long first;
    private long last;
    private long longest;
    private long frames;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
            if (now - last >= NOTED_GAP_NANOS) {
                longGaps.add(String.format(java.util.Locale.ROOT, "%.0f ms ending at %.2f s", (now - last) / 1e6,
                        (now - first) / 1e9));
            }
        } else {
            first = now;
        }
        last = now;
        frames++;
    }

    /** The gaps of at least {@link #NOTED_GAP_NANOS}, e.g. "120 ms ending at 0.85 s" (seconds since start). */
    java.util.List<String> longGaps() {
        return java.util.List.copyOf(longGaps);
    }

    /** The longest gap between pulses so far, in milliseconds. */
    double longestGapMillis() {
        return longest / 1e6;
    }

    long frames() {
        return frames;
    }
}
