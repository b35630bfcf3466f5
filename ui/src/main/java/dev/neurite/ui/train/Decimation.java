package dev.neurite.ui.train;

import java.util.Arrays;

/**
 * Chooses which points of a long per-batch curve a chart draws, so a redraw costs the same after 100 batches and after
 * 100,000: the points are cut into at most {@code maxBuckets} runs of equal length (a power of two, so the runs stay
 * where they are as the curve grows) and each run is drawn by its lowest and its highest value, in batch order. A
 * spike in one batch therefore stays visible. Short curves are drawn whole. Stateless.
 */
final class Decimation {

    private Decimation() {
    }

    /** Batches per run for a curve of {@code size} points: the smallest power of two giving at most maxBuckets. */
    static int bucketSize(int size, int maxBuckets) {
        int bucket = 1;
        while ((long) bucket * maxBuckets < size) {
            bucket *= 2;
        }
        return bucket;
    }

    /**
     * The indices to draw of {@code values[0 .. size)}, ascending: every index when {@code size <= 2 * maxBuckets},
     * else each run's lowest and highest (once when they are the same point). Non-finite values are only kept when a
     * run has nothing else.
     */
    static int[] extremes(double[] values, int size, int maxBuckets) {
        if (size <= 2 * maxBuckets) {
            int[] all = new int[size];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int bucket = bucketSize(size, maxBuckets);
        int[] kept = new int[2 * ((size + bucket - 1) / bucket)];
        int count = 0;
        for (int start = 0; start < size; start += bucket) {
            int end = Math.min(size, start + bucket);
            int low = -1;
            int high = -1;
            for (int i = start; i < end; i++) {
                double v = values[i];
                if (Double.isFinite(v)) {
                    if (low < 0 || v < values[low]) {
                        low = i;
                    }
                    if (high < 0 || v > values[high]) {
                        high = i;
                    }
                }
            }
            if (low < 0) {
                kept[count++] = start;
            } else {
                kept[count++] = Math.min(low, high);
                if (low != high) {
                    kept[count++] = Math.max(low, high);
                }
            }
        }
        return Arrays.copyOf(kept, count);
    }

    /**
     * The indices to draw of a smooth line of {@code size} points: every index when {@code size <= maxBuckets}, else
     * the last index of each run (and so always the newest point).
     */
    static int[] lastOfEach(int size, int maxBuckets) {
        int bucket = size <= maxBuckets ? 1 : bucketSize(size, maxBuckets);
        int[] kept = new int[(size + bucket - 1) / bucket];
        for (int b = 0; b < kept.length; b++) {
            kept[b] = Math.min(size, (b + 1) * bucket) - 1;
        }
        return kept;
    }
}
