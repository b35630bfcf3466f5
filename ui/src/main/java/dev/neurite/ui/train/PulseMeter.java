package dev.neurite.ui.train;

import javafx.animation.AnimationTimer;

/**
 * Measures how smoothly the JavaFX thread runs: the longest gap between two consecutive pulses (frames) while it is
 * on. A gap above 100 ms is a visible stutter. Start, stop and read on the JavaFX thread.
 */
final class PulseMeter extends AnimationTimer {

    private long last;
    private long longest;
    private long frames;

    @Override
    public void handle(long now) {
        if (last != 0) {
            longest = Math.max(longest, now - last);
        }
        last = now;
        frames++;
    }

    /** The longest gap between pulses so far, in milliseconds. */
    double longestGapMillis() {
        return longest / 1e6;
    }

    long frames() {
        return frames;
    }
}
