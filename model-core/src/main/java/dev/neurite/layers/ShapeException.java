package dev.neurite.layers;

import dev.neurite.NeuriteException;

/**
 * A layer cannot accept the shapes it is given. The message is written for a learner; {@link #fix()} is a change
 * to the layer's neighbourhood that resolves it, where one exists.
 */
public final class ShapeException extends NeuriteException {

    private final transient FixAction fix;

    public ShapeException(String message) {
        this(message, null);
    }

    public ShapeException(String message, FixAction fix) {
        super(message);
        this.fix = fix;
    }

    /** The suggested change relative to the failing layer, or null. */
    public FixAction fix() {
        return fix;
    }
}
