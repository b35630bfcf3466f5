package dev.neurite.train.crossval;

import dev.neurite.train.EpochMetrics;
import dev.neurite.train.TrainingListener;

import java.util.List;
import java.util.Objects;

/**
 * One fold of a cross-validation: a fresh copy of the model trained on the other folds and scored on this one.
 *
 * @param fold              1-based
 * @param trainSamples      samples it trained on
 * @param heldOutSamples    samples it was scored on (its validation data every epoch)
 * @param history           every epoch, with {@code val_loss}/{@code val_accuracy} on the held-out fold
 * @param loss              loss on the held-out fold after training
 * @param accuracy          accuracy on the held-out fold after training: the fold's score
 * @param endReason         how its training ended
 * @param seconds           wall-clock time of the fold
 */
public record FoldResult(int fold, int trainSamples, int heldOutSamples, List<EpochMetrics> history, double loss,
                         double accuracy, TrainingListener.EndReason endReason, double seconds) {

    public FoldResult {
        history = List.copyOf(history);
        Objects.requireNonNull(endReason, "endReason");
    }
}
