package dev.neurite.ui.common;

import javafx.animation.AnimationTimer;

import java.util.Arrays;

/**
 * Measures how smoothly the JavaFX thread runs: the gaps between consecutive pulses (frames) while it is on, their
 * percentiles and the longest. At 60 frames a second a gap is about 16.7 ms; above 100 ms it is a visible stutter.
 * For measurements, not for tests. Start, stop and read on the JavaFX thread.
 */
public final class PulseMeter extends AnimationTimer {

    private long last;
    private long frames;
    private long[] gaps = new long[1024];
    private int gapCount;

    @Override
    public void handle(long now) {
        if (last != 0) {
            if (gapCount == gaps.length) {
                gaps = Arrays.copyOf(gaps, gaps.length * 2);
            }
            gaps[gapCount++] = now - last;
        }
        last = now;
        frames++;
    }

    @Override
    public void stop() {
        super.stop();
        last = 0;
    }

    /** The longest gap between pulses so far, in milliseconds; 0 before the second pulse. */
    public double longestGapMillis() {
        return gapCount == 0 ? 0 : Arrays.stream(gaps, 0, gapCount).max().orElse(0) / 1e6;
    }

    /**
     * The gap below which a fraction {@code p} (in (0, 1]) of the gaps lie, nearest rank, in milliseconds; 0 before
     * the second pulse.
     */
    public double gapPercentileMillis(double p) {
        if (gapCount == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gaps, gapCount);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * gapCount);
        return sorted[Math.max(0, Math.min(gapCount - 1, rank - 1))] / 1e6;
    }

    /** How many gaps were longer than {@code millis}. */
    public int gapsLongerThan(double millis) {
        long limit = (long) (millis * 1e6);
        return (int) Arrays.stream(gaps, 0, gapCount).filter(gap -> gap > limit).count();
    }

    /** How many pulses were seen. */
    public long frames() {
        return frames;
    }
}
