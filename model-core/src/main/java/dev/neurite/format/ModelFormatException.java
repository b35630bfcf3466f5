package dev.neurite.format;

import dev.neurite.NeuriteException;

/** A model or project file that cannot be read: malformed JSON, an unknown version or type, a bad value. */
public final class ModelFormatException extends NeuriteException {

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
