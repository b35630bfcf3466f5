package dev.neurite.explain;

import dev.neurite.NeuriteException;

/** An explanation that cannot be made for this model or input; the message says why in the learner's words. */
public final class ExplainException extends NeuriteException {

    public ExplainException(String message) {
        super(message);
    }
}
