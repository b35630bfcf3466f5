package dev.neurite.ui.train;

import java.util.ArrayList;
import java.util.List;

/**
 * One metric of the current run (loss or accuracy) as the charts draw it: each batch's training value, the training
 * value per epoch (the epoch's running mean) and the validation value per epoch (computed at its end), and where
 * epochs end. UI-free; written and read on the JavaFX thread. {@link #version()} grows with every change so a chart
 * can tell whether to redraw.
 */
final class MetricCurves {

    private final String name;
    private final Curve batches = new Curve();
    private final Curve trainEpochs = new Curve();
    private final Curve validationEpochs = new Curve();
    private final List<double[]> boundaries = new ArrayList<>();
    private long version;
    private int generation;

    /** @param name Keras's name of the metric: {@code loss} or {@code accuracy} */
    MetricCurves(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void addBatch(double globalBatch, double epochPosition, double value) {
        batches.add(globalBatch, epochPosition, value);
        version++;
    }

    /** An epoch ended at {@code globalBatch}; NaN values (no validation) are left out. */
    void addEpoch(int epoch, double globalBatch, double train, double validation) {
        if (Double.isFinite(train)) {
            trainEpochs.add(globalBatch, epoch, train);
        }
        if (Double.isFinite(validation)) {
            validationEpochs.add(globalBatch, epoch, validation);
        }
        boundaries.add(new double[]{globalBatch, epoch});
        version++;
    }

    void clear() {
        batches.clear();
        trainEpochs.clear();
        validationEpochs.clear();
        boundaries.clear();
        version++;
        generation++;
    }

    /** Grows with every {@link #clear()}: a chart that drew an older generation must start over. */
    int generation() {
        return generation;
    }

    Curve batches() {
        return batches;
    }

    Curve trainEpochs() {
        return trainEpochs;
    }

    Curve validationEpochs() {
        return validationEpochs;
    }

    /** The x of every epoch boundary so far in {@code unit}. */
    List<Double> boundaries(Curve.XUnit unit) {
        return boundaries.stream().map(b -> unit == Curve.XUnit.BATCH ? b[0] : b[1]).toList();
    }

    long version() {
        return version;
    }
}
