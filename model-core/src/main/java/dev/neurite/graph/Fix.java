package dev.neurite.graph;

import dev.neurite.layers.FixAction;

/**
 * A one-click change that resolves a {@link Diagnostic}: a {@link FixAction} bound to the node it applies to, or the
 * removal of a connection.
 */
public sealed interface Fix {

    /** A short imperative label for a button, e.g. "Insert Flatten". */
    String label();

    /** The graph with this fix applied. */
    ModelGraph applyTo(ModelGraph graph);

    /** A layer's own suggestion, applied at {@code node}. */
    record AtNode(String node, FixAction action) implements Fix {
        @Override
        public String label() {
            return action.label();
        }

        @Override
        public ModelGraph applyTo(ModelGraph graph) {
            if (action instanceof FixAction.InsertBefore insert) {
                return graph.insertBefore(node, insert.layer());
            }
            FixAction.Replace replace = (FixAction.Replace) action;
            return graph.replace(node, replace.layer());
        }
    }

    /** Remove the connection {@code from -> to}. */
    record RemoveConnection(String from, String to) implements Fix {
        @Override
        public String label() {
            return "Remove connection " + from + " \u2192 " + to;
        }

        @Override
        public ModelGraph applyTo(ModelGraph graph) {
            return graph.disconnect(from, to);
        }
    }
}
