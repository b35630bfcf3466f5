package dev.neurite.ui.train;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;

/**
 * Progress of the current run in words and fractions: "Epoch 2 of 5", "Batch 120 of 422", both progress bars, the
 * samples per second of the epoch so far and the time left. Updated from drained events on the JavaFX thread.
 */
public final class ProgressModel {

    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "Epoch - of -");
    private final ReadOnlyStringWrapper batchText = new ReadOnlyStringWrapper(this, "batchText", "Batch - of -");
    private final ReadOnlyDoubleWrapper runProgress = new ReadOnlyDoubleWrapper(this, "runProgress", 0);
    private final ReadOnlyDoubleWrapper epochProgress = new ReadOnlyDoubleWrapper(this, "epochProgress", 0);
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper(this, "etaText", "");

    private int firstEpoch = 1;
    private int epochs;
    private int batches;
    private long epochStartNanos;
    private long pausedNanos;
    private long pauseStartedNanos;
    private double samplesPerSecond;

    // ---- Properties ------------------------------------------------------------------------------------------------

    public ReadOnlyStringProperty epochTextProperty() { return epochText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty batchTextProperty() { return batchText.getReadOnlyProperty(); }

    /** Fraction of the run's batches done, in [0, 1]. */
    public ReadOnlyDoubleProperty runProgressProperty() { return runProgress.getReadOnlyProperty(); }

    /** Fraction of the current epoch's batches done, in [0, 1]. */
    public ReadOnlyDoubleProperty epochProgressProperty() { return epochProgress.getReadOnlyProperty(); }

    /** e.g. "2,410 samples/s". */
    public ReadOnlyStringProperty speedTextProperty() { return speedText.getReadOnlyProperty(); }

    /** e.g. "ETA 1:05". */
    public ReadOnlyStringProperty etaTextProperty() { return etaText.getReadOnlyProperty(); }

    // ---- Updates (JavaFX thread) -----------------------------------------------------------------------------------

    void started(TrainingEvent.Started started, int epochsDoneBefore) {
        firstEpoch = epochsDoneBefore + 1;
        epochs = started.epochs();
        batches = started.batches();
        epochStartNanos = started.nanos();
        pausedNanos = 0;
        epochText.set("Epoch " + firstEpoch + " of " + (epochsDoneBefore + epochs));
        batchText.set("Batch 0 of " + batches);
        epochProgress.set(0);
        etaText.set("");
    }

    void batch(TrainingEvent.Batch batch) {
        epochText.set("Epoch " + batch.epoch() + " of " + (firstEpoch - 1 + epochs));
        batchText.set("Batch " + batch.batch() + " of " + batch.batches());
        epochProgress.set((double) batch.batch() / batch.batches());
        int doneInRun = (batch.epoch() - firstEpoch) * batches + batch.batch();
        runProgress.set(Math.min(1, (double) doneInRun / Math.max(1, (long) epochs * batches)));
        double seconds = (batch.nanos() - epochStartNanos - pausedNanos) / 1e9;
        if (seconds > 0) {
            samplesPerSecond = batch.samples() / seconds;
            speedText.set(String.format(Locale.ROOT, "%,.0f samples/s", samplesPerSecond));
            double perBatch = seconds / batch.batch();
            long left = (long) epochs * batches - doneInRun;
            etaText.set("ETA " + duration(left * perBatch));
        }
    }

    /** An epoch ended (validation included): the next epoch's clock starts now. */
    void epochEnded(long nanos) {
        epochStartNanos = nanos;
        pausedNanos = 0;
    }

    void paused(boolean paused, long nanos) {
        if (paused) {
            pauseStartedNanos = nanos;
            etaText.set("Paused");
        } else if (pauseStartedNanos != 0) {
            pausedNanos += nanos - pauseStartedNanos;
            pauseStartedNanos = 0;
        }
    }

    void ended(String text) {
        etaText.set(text);
    }

    /** The latest measured training speed in samples per second (0 before the first batch). */
    double samplesPerSecond() {
        return samplesPerSecond;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
