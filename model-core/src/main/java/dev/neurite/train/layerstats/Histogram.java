package dev.neurite.train.layerstats;

import java.util.Arrays;

/**
 * A fixed-bin histogram of values: {@code counts.length} equal bins spanning {@code [low, high]}, the last bin closed
 * on both ends. When every value is the same ({@code low == high}) they all count in the first bin. Immutable.
 *
 * @param low    the smallest value (the first bin's left edge)
 * @param high   the largest value (the last bin's right edge)
 * @param counts how many values fall in each bin
 */
public record Histogram(double low, double high, int[] counts) {

    /** The number of bins of weight histograms. */
    public static final int BINS = 30;

    public Histogram {
        if (counts.length == 0) {
            throw new IllegalArgumentException("A histogram needs at least one bin; got 0");
        }
        if (!(low <= high)) {
            throw new IllegalArgumentException("A histogram's low must be at most its high; got " + low + " > " + high);
        }
        counts = counts.clone();
        for (int count : counts) {
            if (count < 0) {
                throw new IllegalArgumentException("Histogram counts must be at least 0; got " + count);
            }
        }
    }

    /**
     * The histogram of {@code values} in {@code bins} bins over {@code [min, max]}, which must hold every value.
     */
    public static Histogram of(float[] values, double min, double max, int bins) {
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (float value : values) {
            int bin = width > 0 ? (int) ((value - min) / width) : 0;
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        return new Histogram(min, max, counts);
    }

    /** A copy of the counts per bin. */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** The number of bins. */
    public int bins() {
        return counts.length;
    }

    /** The count of bin {@code bin}. */
    public int count(int bin) {
        return counts[bin];
    }

    /** The largest count of any bin. */
    public int peak() {
        return Arrays.stream(counts).max().orElse(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram h && Double.compare(low, h.low) == 0 && Double.compare(high, h.high) == 0
                && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(low) + 17 * Double.hashCode(high) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "Histogram[" + low + ".." + high + ", " + Arrays.toString(counts) + "]";
    }
}
