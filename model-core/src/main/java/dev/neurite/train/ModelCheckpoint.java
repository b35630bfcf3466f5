package dev.neurite.train;

import dev.neurite.NeuriteException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Keras's {@code ModelCheckpoint} for weights: after every epoch writes the weights to {@code last}, and to
 * {@code best} whenever the monitored metric improves. Files are replaced atomically, so a crash never leaves a
 * half-written checkpoint. Called on the training thread.
 */
public final class ModelCheckpoint implements Callback {

    private final Monitor monitor;
    private final Path best;
    private final Path last;
    private final WeightsWriter archive;
    private double bestValue = Double.NaN;

    /**
     * @param monitor what decides "best"
     * @param best    the best epoch's weights file, or null for none
     * @param last    the latest epoch's weights file, or null for none
     * @param writer  writes a weights file
     */
    public ModelCheckpoint(Monitor monitor, Path best, Path last, WeightsWriter writer) {
        this.monitor = monitor;
        this.best = best;
        this.last = last;
        this.archive = writer;
    }

    @Override
    public void epochEnded(EpochMetrics metrics, TrainingControl control) {
        double value = monitor.valueIn(metrics);
        boolean improved = !Double.isNaN(value) && monitor.improves(value, bestValue);
        if (improved) {
            bestValue = value;
        }
        if (last == null && !(improved && best != null)) {
            return;
        }
        var weights = control.weights();
        if (dev.neurite.engine.FiniteWeights.firstNonFinite(weights) != null) {
            return; // a diverged epoch never replaces a usable checkpoint
        }
        try {
            if (last != null) {
                archive.write(last, weights);
            }
            if (improved && best != null) {
                archive.write(best, weights);
            }
        } catch (IOException e) {
            throw new NeuriteException("Cannot write the checkpoint: " + e.getMessage(), e);
        }
    }
}
