package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a layout hides: nodes over other nodes, and connections whose drawn path ({@link WireRoute}) runs through a
 * node that is not one of its ends. Every automatic placement leaves none. Pure functions; thread-safe.
 */
public final class Clearance {

    private Clearance() {
    }

    /**
     * One thing a layout hides: node {@code node} under node {@code over}, or under the connection
     * {@code from -> to}.
     */
    public record Problem(String node, String over, String from, String to) {

        @Override
        public String toString() {
            return over != null ? over + " over " + node : from + " -> " + to + " crosses " + node;
        }
    }

    /** Whether {@code layout} hides nothing of {@code graph} (nodes without a place are left out). */
    public static boolean isClear(ModelGraph graph, Map<String, NodePosition> layout) {
        return problems(graph, layout, true).isEmpty();
    }

    /** What {@code layout} hides ("dense over dense_1", "input_1 -> add crosses conv2d"); empty if nothing. */
    public static List<Problem> problems(ModelGraph graph, Map<String, NodePosition> layout) {
        return problems(graph, layout, false);
    }

    /** The last layout asked about in full and its answer: an edit asks about the layout the edit before left. */
    private static volatile Answer last;

    private record Answer(ModelGraph graph, Map<String, NodePosition> layout, List<Problem> problems) {
    }

    private static List<Problem> problems(ModelGraph graph, Map<String, NodePosition> layout, boolean first) {
        Answer known = last;
        if (known != null && known.graph().equals(graph) && known.layout().equals(layout)) {
            return known.problems();
        }
        List<Problem> problems = compute(graph, layout, first);
        if (!first || problems.isEmpty()) {
            last = new Answer(graph, Map.copyOf(layout), List.copyOf(problems));
        }
        return problems;
    }

    private static List<Problem> compute(ModelGraph graph, Map<String, NodePosition> layout, boolean first) {
        List<Problem> problems = new ArrayList<>();
        List<Map.Entry<String, NodePosition>> placed = layout.entrySet().stream()
                .filter(e -> graph.contains(e.getKey())).toList();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                if (Placement.overlap(placed.get(i).getValue(), placed.get(j).getValue())) {
                    problems.add(new Problem(placed.get(j).getKey(), placed.get(i).getKey(), null, null));
                    if (first) {
                        return problems;
                    }
                }
            }
        }
        List<NodePosition> nodes = placed.stream().map(Map.Entry::getValue).toList();
        for (LayerNode node : graph.nodes()) {
            for (String input : node.inputs()) {
                NodePosition from = layout.get(input);
                NodePosition to = layout.get(node.name());
                if (from == null || to == null) {
                    continue;
                }
                WirePath path = WireRoute.between(from, to, nodes);
                for (Map.Entry<String, NodePosition> other : placed) {
                    if (!other.getKey().equals(input) && !other.getKey().equals(node.name())
                            && path.crosses(other.getValue())) {
                        problems.add(new Problem(other.getKey(), null, input, node.name()));
                        if (first) {
                            return problems;
                        }
                    }
                }
            }
        }
        return problems;
    }
}
