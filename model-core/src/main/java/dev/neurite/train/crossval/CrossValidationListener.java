package dev.neurite.train.crossval;

import dev.neurite.train.BatchProgress;
import dev.neurite.train.EpochMetrics;

/**
 * Progress of a {@link CrossValidation}. {@link #foldStarted} and {@link #foldEnded} are called on the thread that
 * runs the cross-validation; {@link #batchEnded} and {@link #epochEnded} on the fold's training thread
 * ({@code neurite-training}). Every method has an empty default.
 */
public interface CrossValidationListener {

    /** Fold {@code fold} (1-based) of {@code k} is about to train on {@code trainSamples} samples. */
    default void foldStarted(int fold, int k, int trainSamples, int heldOutSamples) {
    }

    /** A batch of fold {@code fold} ended. */
    default void batchEnded(int fold, BatchProgress progress) {
    }

    /** An epoch of fold {@code fold} ended; its validation metrics are on the held-out fold. */
    default void epochEnded(int fold, EpochMetrics metrics) {
    }

    /** Fold {@code result.fold()} was trained and scored. */
    default void foldEnded(FoldResult result) {
    }
}
