package dev.neurite.ui.editor;

/**
 * A connection of the graph: the output of {@code from} feeds {@code to}.
 *
 * @param from the producing node
 * @param to   the consuming node
 */
public record Connection(String from, String to) {
}
