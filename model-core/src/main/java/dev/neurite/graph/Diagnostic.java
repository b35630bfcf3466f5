package dev.neurite.graph;

import java.util.List;

/**
 * One problem found in a model, bound to the node that causes it.
 *
 * @param node     the name of the node the problem belongs to, or null for a problem of the whole model
 * @param severity how serious it is
 * @param message  a sentence a learner understands
 * @param fix          a change that resolves it, or null
 * @param consequences errors of later layers that this one causes ("dense_1: ..."), listed under it instead of as
 *                     problems of their own; applying the fix clears them too
 */
public record Diagnostic(String node, Severity severity, String message, Fix fix, List<String> consequences) {

    public Diagnostic {
        if (severity == null || message == null) {
            throw new IllegalArgumentException("A diagnostic needs a severity and a message");
        }
        consequences = List.copyOf(consequences);
    }

    /** A diagnostic without consequences. */
    public Diagnostic(String node, Severity severity, String message, Fix fix) {
        this(node, severity, message, fix, List.of());
    }

    /** This diagnostic with {@code more} consequences listed under it. */
    public Diagnostic withConsequences(List<String> more) {
        List<String> all = new java.util.ArrayList<>(consequences);
        all.addAll(more);
        return new Diagnostic(node, severity, message, fix, all);
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

    /** One line, "error: dense_1: message [fix: ...]", then a line "  because of this: ..." per consequence. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(severity.name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                .append(node == null ? "" : node + ": ").append(message)
                .append(fix == null ? "" : " [fix: " + fix.label() + "]");
        consequences.forEach(c -> text.append("\n  because of this: ").append(c));
        return text.toString();
    }
}
