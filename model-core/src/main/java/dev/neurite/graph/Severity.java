package dev.neurite.graph;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** The model cannot be built or trained as it is. */
    ERROR,
    /** The model runs, but probably not as the learner intends. */
    WARNING
}
