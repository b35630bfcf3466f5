package dev.neurite.graph;

import dev.neurite.NeuriteException;

/** An edit or a file asked for a graph that cannot exist (an unknown node, a duplicate name, a bad name). */
public final class GraphException extends NeuriteException {

    public GraphException(String message) {
        super(message);
    }
}
