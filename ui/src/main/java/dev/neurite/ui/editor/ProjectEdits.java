package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Edits of a {@link Project} that touch the graph and the layout together: each returns a new project with every
 * node placed. Pure functions; thread-safe.
 */
public final class ProjectEdits {

    private ProjectEdits() {
    }

    /** {@code project} with its graph replaced and nodes without a place placed. */
    public static Project withGraph(Project project, ModelGraph graph) {
        return withGraph(project, graph, project.layout());
    }

    private static Project withGraph(Project project, ModelGraph graph, Map<String, NodePosition> layout) {
        return new Project(project.model().withGraph(graph), Placement.complete(graph, layout), project.dataset(),
                project.runs(), project.kept());
    }

    /** {@code project} with {@code node} added at {@code position}. */
    public static Project add(Project project, LayerNode node, NodePosition position) {
        ModelGraph graph = project.model().graph().add(node);
        Map<String, NodePosition> layout = new LinkedHashMap<>(project.layout());
        layout.put(node.name(), Placement.nearestFree(position, project.layout().values()));
        return withGraph(project, graph, layout);
    }

    /** {@code project} without the nodes {@code names} and their connections. */
    public static Project remove(Project project, Collection<String> names) {
        ModelGraph graph = project.model().graph();
        for (String name : names) {
            if (graph.contains(name)) {
                graph = graph.remove(name);
            }
        }
        return withGraph(project, graph);
    }

    /** {@code project} with {@code moves} applied to the layout. */
    public static Project move(Project project, Map<String, NodePosition> moves) {
        List<NodePosition> staying = project.layout().entrySet().stream()
                .filter(e -> !moves.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        Map<String, NodePosition> layout = new LinkedHashMap<>(project.layout());
        double dy = stepDown(moves, staying);
        moves.forEach((name, position) -> layout.put(name, position.plus(0, dy)));
        return project.withLayout(layout);
    }

    /**
     * How far {@code group} must move down, a quarter row at a time, so that none of its nodes overlaps one of
     * {@code others}: nodes dropped, moved or pasted onto others step down together until they are free.
     */
    private static double stepDown(Map<String, NodePosition> group, List<NodePosition> others) {
        double dy = 0;
        while (dy < 200 * NodeGeometry.ROW && overlapsAny(group, dy, others)) {
            dy += NodeGeometry.ROW / 4;
        }
        return dy;
    }

    private static boolean overlapsAny(Map<String, NodePosition> moves, double dy, List<NodePosition> staying) {
        for (NodePosition moved : moves.values()) {
            NodePosition at = moved.plus(0, dy);
            if (staying.stream().anyMatch(other -> Placement.overlap(at, other))) {
                return true;
            }
        }
        return false;
    }

    /** {@code project} laid out automatically. */
    public static Project autoLayout(Project project) {
        return project.withLayout(Placement.layout(project.model().graph()));
    }

    /**
     * {@code project} with copies of {@code copied} pasted, renamed as Keras names new layers and moved by
     * {@link NodeGeometry#PASTE_OFFSET}; connections among the copies are kept, others are dropped.
     *
     * @return the new project and the names of the pasted nodes, in order
     */
    public static Pasted paste(Project project, List<LayerNode> copied, Map<String, NodePosition> positions) {
        ModelGraph graph = project.model().graph();
        Map<String, String> renamed = new HashMap<>();
        List<LayerNode> fresh = new ArrayList<>();
        for (LayerNode node : copied) {
            String name = graph.uniqueName(node.layer().type());
            renamed.put(node.name(), name);
            graph = graph.add(new LayerNode(name, node.layer(), List.of()));
            fresh.add(node);
        }
        Map<String, NodePosition> placed = new LinkedHashMap<>();
        for (LayerNode node : fresh) {
            String name = renamed.get(node.name());
            for (String input : node.inputs()) {
                if (renamed.containsKey(input)) {
                    graph = graph.connect(renamed.get(input), name);
                }
            }
            NodePosition at = positions.getOrDefault(node.name(), new NodePosition(0, 0));
            placed.put(name, at.plus(NodeGeometry.PASTE_OFFSET, NodeGeometry.PASTE_OFFSET));
        }
        Map<String, NodePosition> layout = new LinkedHashMap<>(project.layout());
        double dy = stepDown(placed, List.copyOf(project.layout().values()));
        placed.forEach((name, position) -> layout.put(name, position.plus(0, dy)));
        List<String> names = copied.stream().map(n -> renamed.get(n.name())).toList();
        return new Pasted(withGraph(project, graph, layout), names);
    }

    /** The result of {@link #paste}. */
    public record Pasted(Project project, List<String> names) {
    }
}
