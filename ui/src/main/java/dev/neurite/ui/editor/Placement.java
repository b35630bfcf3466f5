package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where nodes go on the canvas: the automatic top-down layout (inputs at the top, each node one row below its
 * deepest input, rows centred) and a place for nodes that an edit created without one. Pure functions; thread-safe.
 */
public final class Placement {

    private Placement() {
    }

    /** Rows per column of the automatic layout before it wraps into the next column. */
    public static final int ROWS_PER_COLUMN = 6;

    /**
     * A top-down layered layout of every node of {@code graph}: each node one row below its deepest input, rows
     * centred; a deep model wraps into side-by-side columns of {@link #ROWS_PER_COLUMN} rows, read like a
     * newspaper, so that it fits a wide window.
     */
    public static Map<String, NodePosition> layout(ModelGraph graph) {
        Map<String, Integer> depth = depths(graph);
        Map<Integer, List<String>> rows = new HashMap<>();
        int deepest = 0;
        for (LayerNode node : graph.nodes()) {
            int row = depth.get(node.name());
            rows.computeIfAbsent(row, r -> new ArrayList<>()).add(node.name());
            deepest = Math.max(deepest, row);
        }
        int columns = deepest / ROWS_PER_COLUMN + 1;
        int rowsPerColumn = (deepest + columns) / columns;
        Map<String, NodePosition> layout = new LinkedHashMap<>();
        double columnLeft = NodeGeometry.MARGIN;
        for (int column = 0; column < columns; column++) {
            int first = column * rowsPerColumn;
            int last = Math.min(deepest, first + rowsPerColumn - 1);
            int widest = 1;
            for (int row = first; row <= last; row++) {
                widest = Math.max(widest, rows.getOrDefault(row, List.of()).size());
            }
            double centre = columnLeft + rowWidth(widest) / 2;
            for (int row = first; row <= last; row++) {
                List<String> names = rows.getOrDefault(row, List.of());
                double left = centre - rowWidth(names.size()) / 2;
                for (int i = 0; i < names.size(); i++) {
                    layout.put(names.get(i), new NodePosition(
                            left + i * (NodeGeometry.WIDTH + NodeGeometry.COLUMN_GAP),
                            NodeGeometry.MARGIN + (row - first) * NodeGeometry.ROW));
                }
            }
            columnLeft += rowWidth(widest) + 2 * NodeGeometry.COLUMN_GAP;
        }
        return layout;
    }

    private static double rowWidth(int count) {
        return count * NodeGeometry.WIDTH + Math.max(0, count - 1) * NodeGeometry.COLUMN_GAP;
    }

    /** Each node's row: 0 for nodes without inputs, else one more than its deepest input; cycles are cut. */
    private static Map<String, Integer> depths(ModelGraph graph) {
        Map<String, Integer> depth = new HashMap<>();
        for (LayerNode node : graph.nodes()) {
            depthOf(graph, node.name(), depth, new java.util.HashSet<>());
        }
        return depth;
    }

    private static int depthOf(ModelGraph graph, String name, Map<String, Integer> depth, java.util.Set<String> path) {
        Integer known = depth.get(name);
        if (known != null) {
            return known;
        }
        if (!path.add(name)) {
            return 0;
        }
        int result = 0;
        for (String input : graph.node(name).inputs()) {
            result = Math.max(result, depthOf(graph, input, depth, path) + 1);
        }
        path.remove(name);
        depth.put(name, result);
        return result;
    }

    /**
     * {@code layout} completed with a place for every node of {@code graph} that has none: a node inserted before
     * another takes that node's place and pushes it and what is below it in its column one row down; a node with only a
     * placed input goes one row below it; any other node goes below everything.
     */
    public static Map<String, NodePosition> complete(ModelGraph graph, Map<String, NodePosition> layout) {
        Map<String, NodePosition> result = new LinkedHashMap<>(layout);
        for (LayerNode node : graph.nodes()) {
            if (result.containsKey(node.name())) {
                continue;
            }
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
        return separate(result);
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
        double stepY = NodeGeometry.ROW / 4;
        double stepX = (NodeGeometry.WIDTH + NodeGeometry.COLUMN_GAP) / 4;
        for (int ring = 0; ring < 200; ring++) {
            for (int dx = -ring; dx <= ring; dx++) {
                for (int dy : new int[] {ring - Math.abs(dx), -(ring - Math.abs(dx))}) {
                    NodePosition candidate = wanted.plus(dx * stepX, dy * stepY);
                    if (taken.stream().noneMatch(other -> overlap(candidate, other))) {
                        return candidate;
                    }
                }
            }
        }
        return wanted;
    }

    /** Whether nodes at {@code a} and {@code b} overlap. */
    static boolean overlap(NodePosition a, NodePosition b) {
        return Math.abs(a.x() - b.x()) < NodeGeometry.WIDTH && Math.abs(a.y() - b.y()) < NodeGeometry.HEIGHT;
    }
}
