package dev.neurite.train;

/**
 * Keras-style callbacks that watch a run and may act on it. Called on the training thread.
 */
public interface Callback {

    /** Before the first epoch of a run (also of a continuation). */
    default void trainingStarted(TrainingControl control) {
    }

    /** After each batch; {@code loss} is that batch's loss. */
    default void batchEnded(double loss, TrainingControl control) {
    }

    /** After each epoch, validation included. */
    default void epochEnded(EpochMetrics metrics, TrainingControl control) {
    }

    /** After the run, however it ended. */
    default void trainingEnded(TrainingControl control) {
    }
}
