package dev.neurite.imports.keras;

import dev.neurite.NeuriteException;

/**
 * A Keras file (JSON config, {@code .keras} archive or legacy {@code .h5}) that Neurite cannot or will not import.
 * The message is one sentence that names the file, the layer or weight concerned, what was found and what Neurite
 * accepts.
 */
public final class KerasImportException extends NeuriteException {

    public KerasImportException(String message) {
        super(message);
    }

    public KerasImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
