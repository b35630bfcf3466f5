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

    /** How many quarter rows a moved or pasted group may step down to be clear. */
    private static final int STEPS = 800;

    private ProjectEdits() {
    }

    /** {@code project} with its graph replaced and nodes without a place placed. */
    public static Project withGraph(Project project, ModelGraph graph) {
        return withGraph(project, graph, project.layout());
    }

    private static Project withGraph(Project project, ModelGraph graph, Map<String, NodePosition> layout) {
        Map<String, NodePosition> placed = Placement.clearNew(graph, Placement.complete(graph, layout),
                Clearance.problems(project.model().graph(), project.layout()));
        return new Project(project.model().withGraph(graph), placed, project.dataset(), project.runs(),
                project.kept());
    }

    /**
     * {@code project} with {@code node} added at {@code position}, or at the nearest place to it where it covers no
     * node and no connection.
     */
    public static Project add(Project project, LayerNode node, NodePosition position) {
        ModelGraph graph = project.model().graph().add(node);
        Map<String, NodePosition> layout = new LinkedHashMap<>(project.layout());
        layout.put(node.name(), position);
        return withGraph(project, graph, Placement.settle(graph, layout, List.of(node.name())));
    }

    /**
     * {@code project} with the nodes {@code names} moved, each that covers a node or a connection or whose
     * connections run through a node, to the nearest place where it does not (after an edit connected them).
     */
    public static Project settle(Project project, Collection<String> names) {
        return project.withLayout(Placement.settle(project.model().graph(), project.layout(), names));
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

    /** {@code project} with {@code moves} applied to the layout (see {@link #stepDown}). */
    public static Project move(Project project, Map<String, NodePosition> moves) {
        Map<String, NodePosition> layout = stepDown(project.model().graph(), project.layout(), moves);
        return project.withLayout(layout);
    }

    /**
     * {@code layout} with {@code group} placed, stepped down together a quarter row at a time until it is clear (see
     * {@link Placement.Spot}: no node of it over another node or across a connection that cannot go around it, no
     * connection of it through a node): nodes dropped, moved or pasted onto others or across connections step down
     * until they are clear. If no place within {@link #STEPS} is, the first where it overlaps no node.
     */
    private static Map<String, NodePosition> stepDown(ModelGraph graph, Map<String, NodePosition> layout,
            Map<String, NodePosition> group) {
        Placement.Spot spot = new Placement.Spot(graph, layout, group.keySet());
        Map<String, NodePosition> firstFree = null;
        for (int step = 0; step < STEPS; step++) {
            double dy = step * NodeGeometry.ROW / 4;
            Map<String, NodePosition> moved = new LinkedHashMap<>();
            group.forEach((name, position) -> moved.put(name, position.plus(0, dy)));
            if (spot.clear(moved)) {
                firstFree = moved;
                break;
            }
            if (firstFree == null && moved.values().stream().noneMatch(at -> layout.entrySet().stream()
                    .anyMatch(e -> !group.containsKey(e.getKey()) && Placement.overlap(at, e.getValue())))) {
                firstFree = moved;
            }
        }
        Map<String, NodePosition> placed = new LinkedHashMap<>(layout);
        placed.putAll(firstFree == null ? group : firstFree);
        return placed;
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
        Map<String, NodePosition> layout = stepDown(graph, project.layout(), placed);
        List<String> names = copied.stream().map(n -> renamed.get(n.name())).toList();
        return new Pasted(withGraph(project, graph, layout), names);
    }

    /** The result of {@link #paste}. */
    public record Pasted(Project project, List<String> names) {
    }
}
