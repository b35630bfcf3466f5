package dev.neurite.ui.train;

import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the JavaFX thread runs: the gaps between consecutive pulses (frames) while it is on, their
 * percentiles and the longest. At 60 frames a second a gap is about 16.7 ms; above 100 ms it is a visible stutter.
 * For measurements (the Train and Test places' demos), not for tests. Start, stop and read on the JavaFX thread.
 */
public final class PulseMeter extends AnimationTimer {

    /** Gaps at least this long are remembered with when they ended, to tell what caused them. */
    static final long NOTED_GAP_NANOS = 50_000_000;

    private final java.util.List<String> longGaps = new java.util.ArrayList<>();
    private long first;
    private long last;
    private long longest;
    private long frames;
    private long[] gaps = new long[1024];
    private int gapCount;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
            if (gapCount == gaps.length) {
                gaps = java.util.Arrays.copyOf(gaps, gaps.length * 2);
            }
            gaps[gapCount++] = now - last;
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
    public java.util.List<String> longGaps() {
        return java.util.List.copyOf(longGaps);
    }

    /** The longest gap between pulses so far, in milliseconds. */
    public double longestGapMillis() {
        return longest / 1e6;
    }

    /** The gap below which a fraction {@code p} in (0, 1] of the gaps lie (nearest rank), in ms; 0 before any. */
    public double gapPercentileMillis(double p) {
        if (gapCount == 0) {
            return 0;
        }
        long[] sorted = java.util.Arrays.copyOf(gaps, gapCount);
        java.util.Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * gapCount);
        return sorted[Math.max(0, Math.min(gapCount - 1, rank - 1))] / 1e6;
    }

    /** How many gaps were longer than {@code millis}. */
    public int gapsLongerThan(double millis) {
        long limit = (long) (millis * 1e6);
        int count = 0;
        for (int i = 0; i < gapCount; i++) {
            if (gaps[i] > limit) {
                count++;
            }
        }
        return count;
    }

    /** How many pulses were seen. */
    public long frames() {
        return frames;
    }
}
