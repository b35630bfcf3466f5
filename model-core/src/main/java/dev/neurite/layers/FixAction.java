package dev.neurite.layers;

/**
 * A change a layer suggests to its own place in the graph to resolve a problem, before it is bound to a node.
 * {@link Fix} binds it to a node name.
 */
public sealed interface FixAction {

    /** A short imperative label for a button, e.g. "Insert Flatten". */
    String label();

    /** Insert {@code layer} between the node and its (single) input. */
    record InsertBefore(LayerConfig layer) implements FixAction {
        @Override
        public String label() {
            return "Insert " + layer.kerasClassName();
        }
    }

    /** Replace the node's layer by {@code layer}, keeping name and connections. */
    record Replace(LayerConfig layer, String label) implements FixAction {
    }
}
