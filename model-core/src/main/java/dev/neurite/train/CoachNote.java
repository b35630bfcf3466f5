package dev.neurite.train;

/**
 * One observation of the {@link Coach}: a pattern seen in the curves, what it means and what to change.
 *
 * @param pattern    what was seen
 * @param title      a few words, e.g. "Overfitting"
 * @param message    what the curves show, with numbers
 * @param remedy     what to try
 * @param setting    the setting the remedy is about, for a link in the UI
 * @param fromEpoch  the epoch where the pattern starts (1-based), 0 when it is seen within the first epoch
 */
public record CoachNote(Pattern pattern, String title, String message, String remedy, Setting setting,
                        int fromEpoch) {

    /** The patterns the coach knows. */
    public enum Pattern {
        DIVERGENCE, OVERFITTING, NOT_LEARNING, PLATEAU,
        /** Most units of a ReLU layer never fire (output <= 0 for every probe sample). */
        DEAD_RELU,
        /** The first layer's gradients are tiny next to the last layer's. */
        VANISHING_GRADIENTS,
        /** A layer's gradients grew by orders of magnitude from one epoch to the next. */
        EXPLODING_GRADIENTS
    }

    /** Where a remedy is applied. */
    public enum Setting {
        /** The optimizer's learning_rate (compile settings). */
        LEARNING_RATE,
        /** The loss (compile settings) and the output layer's activation. */
        LOSS,
        /** Dropout layers or L2 kernel_regularizer (the model, in Build). */
        REGULARIZATION,
        /** The EarlyStopping callback (fit settings). */
        EARLY_STOPPING,
        /** The ReduceLROnPlateau callback (fit settings). */
        REDUCE_LEARNING_RATE,
        /** The layers' kernel_initializer and activation (the model, in Build). */
        INITIALIZER
    }
}
