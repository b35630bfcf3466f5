package dev.neurite.train;

/**
 * Ends the run as soon as a batch's loss is NaN or infinite (Keras's {@code TerminateOnNaN}); on by default in every
 * session. The message says what happened and what to try.
 */
public final class StopOnNaN implements Callback {

    @Override
    public void batchEnded(double loss, TrainingControl control) {
        if (!Double.isFinite(loss)) {
            control.requestStop("Training stopped: the loss became " + loss + " (the weights grew out of range). "
                    + "Try a lower learning rate (e.g. " + control.learningRate() / 10 + "), inputs scaled to [0, 1] "
                    + "or normalised (a Rescaling or Normalization layer), or BatchNormalization.");
        }
    }
}
