package dev.neurite.ui.train;

/** Where the dashboard's run is. */
public enum RunState {
    /** No run yet. */
    IDLE,
    /** Start was pressed: data loading and compiling on a background thread. */
    PREPARING,
    /** Batches are being trained. */
    RUNNING,
    /** Paused (or pausing after the batch in progress). */
    PAUSED,
    /** The run ended; its network can be evaluated, trained for more epochs or a new run started. */
    FINISHED
}
