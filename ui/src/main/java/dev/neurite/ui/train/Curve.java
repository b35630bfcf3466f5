package dev.neurite.ui.train;

import java.util.Arrays;

/**
 * A growing list of points of one curve with two x positions each: the global batch number (1-based over the whole
 * run) and the position in epochs (epoch 1's last batch is at 1.0). Plain arrays so thousands of batches cost little.
 * Not thread-safe: the JavaFX thread writes and reads it.
 */
final class Curve {

    private double[] batches = new double[256];
    private double[] epochs = new double[256];
    private double[] values = new double[256];
    private int size;

    void add(double batch, double epoch, double value) {
        if (size == values.length) {
            batches = Arrays.copyOf(batches, size * 2);
            epochs = Arrays.copyOf(epochs, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        batches[size] = batch;
        epochs[size] = epoch;
        values[size] = value;
        size++;
    }

    int size() {
        return size;
    }

    /** The x of point {@code i} in the chosen unit. */
    double x(int i, XUnit unit) {
        return unit == XUnit.BATCH ? batches[i] : epochs[i];
    }

    double value(int i) {
        return values[i];
    }

    /** The values, valid in {@code [0, size())}; the array itself (read it, do not keep it). */
    double[] values() {
        return values;
    }

    void clear() {
        size = 0;
    }

    /** What the x axis counts. */
    enum XUnit { BATCH, EPOCH }
}
