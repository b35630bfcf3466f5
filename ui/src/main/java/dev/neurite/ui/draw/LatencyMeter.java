package dev.neurite.ui.draw;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.Arrays;

/**
 * Times from a drawing request to its published prediction, in milliseconds: the last one as a property, and the
 * median and maximum of the most recent {@value #WINDOW}. JavaFX thread only (tests: any single thread).
 */
public final class LatencyMeter {

    /** How many recent measurements the statistics cover. */
    public static final int WINDOW = 64;

    private final ReadOnlyDoubleWrapper lastMillis = new ReadOnlyDoubleWrapper(this, "lastMillis", Double.NaN);
    private final double[] recent = new double[WINDOW];
    private int count;

    /** The latest measurement in milliseconds; NaN before the first. */
    public ReadOnlyDoubleProperty lastMillisProperty() {
        return lastMillis.getReadOnlyProperty();
    }

    /** Records one request-to-publication time. */
    public void record(long nanos) {
        double millis = nanos / 1e6;
        recent[count % WINDOW] = millis;
        count++;
        lastMillis.set(millis);
    }

    /** How many measurements were recorded in all. */
    public int count() {
        return count;
    }

    /** The median of the recent measurements; NaN before the first. */
    public double medianMillis() {
        double[] values = window();
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** The largest of the recent measurements; NaN before the first. */
    public double maxMillis() {
        return Arrays.stream(window()).max().orElse(Double.NaN);
    }

    private double[] window() {
        return Arrays.copyOf(recent, Math.min(count, WINDOW));
    }
}
