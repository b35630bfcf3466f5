package dev.neurite.graph;

/**
 * One problem found in a model, bound to the node that causes it.
 *
 * @param node     the name of the node the problem belongs to, or null for a problem of the whole model
 * @param severity how serious it is
 * @param message  a sentence a learner understands
 * @param fix      a change that resolves it, or null
 */
public record Diagnostic(String node, Severity severity, String message, Fix fix) {

    public Diagnostic {
        if (severity == null || message == null) {
            throw new IllegalArgumentException("A diagnostic needs a severity and a message");
        }
    }

    public static Diagnostic error(String node, String message, Fix fix) {
        return new Diagnostic(node, Severity.ERROR, message, fix);
    }

    public static Diagnostic warning(String node, String message, Fix fix) {
        return new Diagnostic(node, Severity.WARNING, message, fix);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: "error: dense_1: message". */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + (node == null ? "" : node + ": ") + message
                + (fix == null ? "" : " [fix: " + fix.label() + "]");
    }
}
