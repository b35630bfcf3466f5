package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Where nodes go on the canvas: the automatic layout ({@link LayeredLayout}) and a place for nodes that an edit
 * created or moved, never over another node or across a connection's drawn path ({@link WireRoute}). Pure
 * functions; thread-safe.
 */
public final class Placement {

    /** How many quarter-row rings around the wanted place are searched for a free one. */
    private static final int RINGS = 120;

    private Placement() {
    }

    /**
     * The automatic layout of every node of {@code graph}: layered top to bottom, chains in one straight column,
     * branches side by side, merges centred under their inputs, a free lane beside the nodes a long connection
     * passes; see {@link LayeredLayout}.
     */
    public static Map<String, NodePosition> layout(ModelGraph graph) {
        return LayeredLayout.of(graph);
    }

    /**
     * {@code layout} completed with a place for every node of {@code graph} that has none: a node inserted before
     * another takes that node's place and pushes it and what is below it in its column one row down; a node with only a
     * placed input goes one row below it; any other node goes below everything. A new node that would then lie over
     * another or across a connection, or whose connections would run through a node, moves to the nearest clear
     * place ({@link #settle}).
     */
    public static Map<String, NodePosition> complete(ModelGraph graph, Map<String, NodePosition> layout) {
        Map<String, NodePosition> result = new LinkedHashMap<>(layout);
        List<String> placed = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            if (result.containsKey(node.name())) {
                continue;
            }
            placed.add(node.name());
            NodePosition consumer = placedConsumer(graph, node.name(), result);
            NodePosition input = placedInput(node, result);
            if (consumer != null) {
                pushDown(result, consumer);
                result.put(node.name(), consumer);
            } else if (input != null) {
                result.put(node.name(), input.plus(0, NodeGeometry.ROW));
            } else {
                result.put(node.name(), new NodePosition(NodeGeometry.MARGIN, bottom(result)));
            }
        }
        return placed.isEmpty() ? separate(result) : settle(graph, separate(result), placed);
    }

    /**
     * {@code layout} with no node over another: in order, each node that overlaps one placed before it moves to the
     * nearest free place; the others stay where they are.
     */
    static Map<String, NodePosition> separate(Map<String, NodePosition> layout) {
        Map<String, NodePosition> settled = new LinkedHashMap<>();
        layout.forEach((name, position) -> settled.put(name,
                settled.values().stream().anyMatch(other -> overlap(position, other))
                        ? nearestFree(position, settled.values()) : position));
        return settled;
    }

    private static NodePosition placedConsumer(ModelGraph graph, String name, Map<String, NodePosition> layout) {
        for (String consumer : graph.consumers(name)) {
            if (layout.containsKey(consumer)) {
                return layout.get(consumer);
            }
        }
        return null;
    }

    private static NodePosition placedInput(LayerNode node, Map<String, NodePosition> layout) {
        for (String input : node.inputs()) {
            if (layout.containsKey(input)) {
                return layout.get(input);
            }
        }
        return null;
    }

    /**
     * Moves {@code at} and the nodes below it in its column one row down; other columns keep their places (in a
     * chain wrapped into columns, pushing every column left a gap in each).
     */
    private static void pushDown(Map<String, NodePosition> layout, NodePosition at) {
        layout.replaceAll((name, position) -> position.y() >= at.y()
                && Math.abs(position.x() - at.x()) < NodeGeometry.WIDTH
                ? position.plus(0, NodeGeometry.ROW) : position);
    }

    private static double bottom(Map<String, NodePosition> layout) {
        return layout.values().stream().mapToDouble(p -> p.y() + NodeGeometry.ROW).max()
                .orElse(NodeGeometry.MARGIN);
    }

    /**
     * {@code wanted}, or the nearest place to it where a node overlaps none of {@code taken}: tried a quarter row at a
     * time, below first, then to either side, so a node dropped or moved onto another lands just beside it.
     */
    public static NodePosition nearestFree(NodePosition wanted, Collection<NodePosition> taken) {
        return nearest(wanted, candidate -> taken.stream().noneMatch(other -> overlap(candidate, other)));
    }

    /** {@code wanted}, or the nearest place to it that {@code ok} accepts (as {@link #nearestFree}); else wanted. */
    private static NodePosition nearest(NodePosition wanted, Predicate<NodePosition> ok) {
        double stepY = NodeGeometry.ROW / 4;
        double stepX = (NodeGeometry.WIDTH + NodeGeometry.COLUMN_GAP) / 4;
        for (int ring = 0; ring < RINGS; ring++) {
            for (int dy = ring; dy >= -ring; dy--) {
                int dx = ring - Math.abs(dy);
                for (int side : dx == 0 ? new int[] {0} : new int[] {dx, -dx}) {
                    NodePosition candidate = wanted.plus(side * stepX, dy * stepY);
                    if (ok.test(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        return wanted;
    }

    /**
     * {@code layout} with each of {@code names} that lies over another node or across a connection, or whose own
     * connections would run through a node, moved to the nearest place where it does none of that (tried as
     * {@link #nearestFree} does). The other nodes stay where they are.
     */
    public static Map<String, NodePosition> settle(ModelGraph graph, Map<String, NodePosition> layout,
            Collection<String> names) {
        Map<String, NodePosition> result = new LinkedHashMap<>(layout);
        for (String name : names) {
            NodePosition at = result.get(name);
            if (at != null && graph.contains(name)) {
                Spot spot = new Spot(graph, result, List.of(name));
                if (!spot.clear(name, at)) {
                    result.put(name, nearest(at, candidate -> spot.clear(name, candidate)));
                }
            }
        }
        return result;
    }

    /**
     * {@code layout} without what it hides beyond {@code known} (what the layout hid before the edit): a node over
     * another steps aside; a connection that cannot be drawn around a node moves its target layer aside, else the
     * layer in its way, each to the nearest clear place ({@link #settle}).
     */
    public static Map<String, NodePosition> clearNew(ModelGraph graph, Map<String, NodePosition> layout,
            Collection<Clearance.Problem> known) {
        Map<String, NodePosition> result = layout;
        for (int round = 0; round < 3; round++) {
            List<Clearance.Problem> fresh = new ArrayList<>(Clearance.problems(graph, result));
            fresh.removeAll(known);
            if (fresh.isEmpty()) {
                return result;
            }
            Clearance.Problem problem = fresh.get(0);
            String mover = problem.over() != null ? problem.node() : round == 0 ? problem.to() : problem.node();
            result = settle(graph, result, List.of(mover));
        }
        return result;
    }

    /**
     * The places a group of nodes could take, judged against the rest of a layout: clear when no node of the group
     * overlaps another node or lies across a connection of the others (routed as if the group were not there; a
     * group that covers none of those paths leaves them as they are), and no connection of the group runs through a
     * node. Built once per group, asked for each place tried.
     */
    static final class Spot {

        private final Map<String, NodePosition> others = new LinkedHashMap<>();
        private final List<WirePath> otherWires = new ArrayList<>();
        private final List<String[]> ownWires = new ArrayList<>();

        Spot(ModelGraph graph, Map<String, NodePosition> layout, Collection<String> group) {
            layout.forEach((other, position) -> {
                if (!group.contains(other) && graph.contains(other)) {
                    others.put(other, position);
                }
            });
            for (LayerNode node : graph.nodes()) {
                for (String input : node.inputs()) {
                    boolean own = group.contains(node.name()) || group.contains(input);
                    if (own && (others.containsKey(input) || group.contains(input))
                            && (others.containsKey(node.name()) || group.contains(node.name()))) {
                        ownWires.add(new String[] {input, node.name()});
                    } else if (!own && others.containsKey(input) && others.containsKey(node.name())) {
                        otherWires.add(WireRoute.between(others.get(input), others.get(node.name()),
                                others.values()));
                    }
                }
            }
        }

        /** Whether the one-node group would be clear at {@code candidate}. */
        boolean clear(String name, NodePosition candidate) {
            return clear(Map.of(name, candidate));
        }

        /** Whether the group would be clear at {@code places}. */
        boolean clear(Map<String, NodePosition> places) {
            for (NodePosition candidate : places.values()) {
                if (others.values().stream().anyMatch(other -> overlap(candidate, other))
                        || otherWires.stream().anyMatch(wire -> wire.crosses(candidate))) {
                    return false;
                }
            }
            Map<String, NodePosition> all = new LinkedHashMap<>(others);
            all.putAll(places);
            for (String[] wire : ownWires) {
                WirePath path = WireRoute.between(all.get(wire[0]), all.get(wire[1]), all.values());
                for (Map.Entry<String, NodePosition> node : all.entrySet()) {
                    if (!node.getKey().equals(wire[0]) && !node.getKey().equals(wire[1])
                            && path.crosses(node.getValue())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** Whether nodes at {@code a} and {@code b} overlap. */
    static boolean overlap(NodePosition a, NodePosition b) {
        return Math.abs(a.x() - b.x()) < NodeGeometry.WIDTH && Math.abs(a.y() - b.y()) < NodeGeometry.HEIGHT;
    }
}
