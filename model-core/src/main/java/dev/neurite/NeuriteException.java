package dev.neurite;

/**
 * A problem caused by the user's input (a file, an argument, a model) rather than by a bug. Its message is a complete
 * sentence that names what was wrong and, where possible, what to do; front ends show it as it is, without a stack
 * trace. Subclasses narrow the kind of input.
 */
public class NeuriteException extends RuntimeException {

    public NeuriteException(String message) {
        super(message);
    }

    public NeuriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
