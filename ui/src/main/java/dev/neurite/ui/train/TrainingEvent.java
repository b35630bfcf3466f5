package dev.neurite.ui.train;

import dev.neurite.eval.TrainedModel;
import dev.neurite.format.TrainedWeights;
import dev.neurite.eval.Evaluation;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.layerstats.EpochLayerStatistics;

/**
 * What the background side tells the dashboard. Created on the training thread or a background worker, put into the
 * {@link EventBuffer}, applied on the JavaFX thread. Immutable.
 */
sealed interface TrainingEvent {

    /** The data is loaded, the network compiled and the session started. */
    record Prepared(PreparedRun run) implements TrainingEvent {
    }

    /** Preparing failed (no data, an invalid model ...). */
    record PreparationFailed(String message) implements TrainingEvent {
    }

    /** A run or continuation starts {@code epochs} epochs of {@code batches} batches. */
    record Started(int epochs, int batches, long nanos) implements TrainingEvent {
    }

    /**
     * One batch ended.
     *
     * @param epoch        1-based epoch
     * @param batch        1-based batch within the epoch
     * @param batches      batches per epoch
     * @param loss         this batch's own loss
     * @param accuracy     this batch's own accuracy
     * @param samples      samples in the epoch so far
     * @param nanos        {@link System#nanoTime()} when it ended
     */
    record Batch(int epoch, int batch, int batches, double loss, double accuracy, long samples, long nanos)
            implements TrainingEvent {
    }

    /**
     * One epoch ended, validation included.
     *
     * @param layers the layers' statistics of the epoch, or null when the session computed none
     */
    record Epoch(EpochMetrics metrics, EpochLayerStatistics layers, long nanos) implements TrainingEvent {
    }

    /** The session confirmed a pause (true) or resumed (false). */
    record Paused(boolean paused, long nanos) implements TrainingEvent {
    }

    /** The run ended. */
    record Ended(TrainingListener.EndReason reason, String message, long nanos) implements TrainingEvent {
    }

    /**
     * A copy of the network as the run left it, for testing while the run's own network may train further, and its
     * weights as an archive for the project.
     */
    record Snapshot(TrainedModel model, TrainedWeights weights) implements TrainingEvent {
    }

    /** The test set was evaluated after a run ({@code evaluation} null when there is no test set). */
    record Evaluated(Evaluation evaluation) implements TrainingEvent {
    }
}
