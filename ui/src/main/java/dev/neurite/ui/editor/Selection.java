package dev.neurite.ui.editor;

import dev.neurite.graph.ModelGraph;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.LinkedHashSet;

/**
 * What is selected on the canvas: any number of nodes, or one connection. The {@linkplain #primaryProperty()
 * primary} node is the one the inspector shows: the only selected node, or none when several are selected.
 *
 * <p>Not thread-safe: used on the JavaFX application thread.
 */
public final class Selection {

    private final ObservableSet<String> nodes = FXCollections.observableSet(new LinkedHashSet<>());
    /** Kept: the read-only view listens weakly to {@link #nodes}, so a view made per call could be collected. */
    private final ObservableSet<String> readOnlyNodes = FXCollections.unmodifiableObservableSet(nodes);
    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>(this, "connection");
    private final ReadOnlyStringWrapper primary = new ReadOnlyStringWrapper(this, "primary");

    // ---- Properties -----------------------------------------------------------------------------------------------

    /** The selected node names; read-only. */
    public ObservableSet<String> nodes() {
        return readOnlyNodes;
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public Connection connection() {
        return connection.get();
    }

    /** The single selected node, or null. */
    public ReadOnlyStringProperty primaryProperty() {
        return primary.getReadOnlyProperty();
    }

    public boolean isSelected(String node) {
        return nodes.contains(node);
    }

    // ---- Commands -------------------------------------------------------------------------------------------------

    public void selectOnly(Collection<String> names) {
        connection.set(null);
        nodes.retainAll(names);
        nodes.addAll(names);
        update();
    }

    /** Adds {@code name} to the selection, or removes it if it is selected (Ctrl+click). */
    public void toggle(String name) {
        connection.set(null);
        if (!nodes.remove(name)) {
            nodes.add(name);
        }
        update();
    }

    public void selectConnection(Connection selected) {
        nodes.clear();
        connection.set(selected);
        update();
    }

    public void clear() {
        nodes.clear();
        connection.set(null);
        update();
    }

    /** Drops selected nodes and connections that are no longer in {@code graph}. */
    void retainExisting(ModelGraph graph) {
        nodes.removeIf(name -> !graph.contains(name));
        Connection selected = connection.get();
        if (selected != null && !(graph.contains(selected.to())
                && graph.node(selected.to()).inputs().contains(selected.from()))) {
            connection.set(null);
        }
        update();
    }

    private void update() {
        primary.set(nodes.size() == 1 ? nodes.iterator().next() : null);
    }
}
