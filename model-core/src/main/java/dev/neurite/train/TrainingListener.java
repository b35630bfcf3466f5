package dev.neurite.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;

/**
 * Receives a training session's progress. <b>Every method is called on the session's training thread</b>; a UI must
 * hand the values over to its own thread and return quickly, since the next batch waits for the listener.
 */
public interface TrainingListener {

    /** Training (or a continuation) starts: {@code epochs} more epochs of {@code batchesPerEpoch} batches. */
    default void trainingStarted(int epochs, int batchesPerEpoch) {
    }

    /** After each batch. */
    default void batchEnded(BatchProgress progress) {
    }

    /**
     * Whether this listener wants {@link #layersObserved}: the statistics cost a little time each epoch (see
     * {@link dev.neurite.train.layerstats.LayerStatisticsRecorder}), so a session computes them only for a listener
     * that asks. Asked once as each run or continuation starts.
     */
    default boolean wantsLayerStatistics() {
        return false;
    }

    /**
     * After each epoch, right before {@link #epochEnded} of the same epoch, when {@link #wantsLayerStatistics()}: the
     * weights, gradient magnitudes and never-fired ReLU units of every layer.
     */
    default void layersObserved(EpochLayerStatistics statistics) {
    }

    /** After each epoch, validation included. */
    default void epochEnded(EpochMetrics metrics) {
    }

    /** The session paused (after the batch in progress) or resumed. */
    default void pausedChanged(boolean paused) {
    }

    /**
     * The run ended: all epochs done, stopped by the user or a callback, or failed.
     *
     * @param reason  why
     * @param message a sentence for the user (for failures and callback stops: what happened and what to try)
     */
    default void trainingEnded(EndReason reason, String message) {
    }

    /** Why a run ended. */
    enum EndReason { COMPLETED, STOPPED, STOPPED_BY_CALLBACK, FAILED }
}
