package dev.neurite.graph;

import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerWarning;
import dev.neurite.layers.ParameterCount;
import dev.neurite.layers.ShapeException;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.WeightSpec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Shapes, parameter counts and structural problems of a {@link ModelGraph}, computed in one pass in topological
 * order as Keras would build the model. Immutable.
 */
public final class ModelAnalysis {

    private final ModelGraph graph;
    private final List<String> order;
    private final Map<String, NodeInfo> info;
    private final List<Diagnostic> diagnostics;
    private final List<String> outputs;

    private ModelAnalysis(ModelGraph graph, List<String> order, Map<String, NodeInfo> info,
                          List<Diagnostic> diagnostics, List<String> outputs) {
        this.graph = graph;
        this.order = List.copyOf(order);
        this.info = Collections.unmodifiableMap(info);
        this.diagnostics = List.copyOf(diagnostics);
        this.outputs = List.copyOf(outputs);
    }

    static ModelAnalysis of(ModelGraph graph) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> order = topologicalOrder(graph);
        reportCycles(graph, order, diagnostics);

        Map<String, NodeInfo> info = new LinkedHashMap<>();
        for (String name : order) {
            info.put(name, analyzeNode(graph.node(name), info, diagnostics));
        }
        for (LayerNode node : graph.nodes()) {
            info.computeIfAbsent(node.name(),
                    n -> new NodeInfo(node, List.of(), null, List.of(), ParameterCount.NONE));
        }
        Set<String> reached = reportUnreachable(graph, diagnostics);
        List<String> outputs = findOutputs(graph, reached);
        reportOutputs(graph, outputs, diagnostics);
        return new ModelAnalysis(graph, order, info, Consequences.fold(graph, order, diagnostics), outputs);
    }

    // ---- Results --------------------------------------------------------------------------------------------------

    public ModelGraph graph() {
        return graph;
    }

    /** The nodes that are not on or after a cycle, inputs before the layers that use them. */
    public List<String> topologicalOrder() {
        return order;
    }

    /** What was found for {@code name}. */
    public NodeInfo node(String name) {
        NodeInfo result = info.get(name);
        if (result == null) {
            throw new GraphException("The model has no layer named '" + name + "'.");
        }
        return result;
    }

    /** Every problem, in the order found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The problems of one node. */
    public List<Diagnostic> diagnostics(String node) {
        return diagnostics.stream().filter(d -> node.equals(d.node())).toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The output nodes: layers reached from an input whose output no other layer uses. */
    public List<String> outputs() {
        return outputs;
    }

    /** The single output's shape, or null if there is not exactly one output with a known shape. */
    public TensorShape outputShape() {
        return outputs.size() == 1 ? info.get(outputs.get(0)).outputShape() : null;
    }

    /** The sum of every node's parameters. */
    public ParameterCount totalParameters() {
        ParameterCount total = ParameterCount.NONE;
        for (NodeInfo node : info.values()) {
            total = total.plus(node.parameters());
        }
        return total;
    }

    // ---- Passes ---------------------------------------------------------------------------------------------------

    private static List<String> topologicalOrder(ModelGraph graph) {
        Map<String, Integer> pending = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (LayerNode node : graph.nodes()) {
            int distinct = new HashSet<>(node.inputs()).size();
            pending.put(node.name(), distinct);
            if (distinct == 0) {
                ready.add(node.name());
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            order.add(name);
            for (String consumer : graph.consumers(name)) {
                if (pending.merge(consumer, -1, Integer::sum) == 0) {
                    ready.add(consumer);
                }
            }
        }
        return order;
    }

    private static void reportCycles(ModelGraph graph, List<String> order, List<Diagnostic> diagnostics) {
        Set<String> ordered = new HashSet<>(order);
        List<String> unordered = graph.nodes().stream().map(LayerNode::name).filter(n -> !ordered.contains(n))
                .toList();
        Cycles.find(graph, unordered).forEach((name, cycle) -> diagnostics.add(Diagnostic.error(name,
                cycle.description() + "; data must flow one way, from the input to the output.",
                new Fix.RemoveConnection(cycle.from(), name))));
    }

    private static NodeInfo analyzeNode(LayerNode node, Map<String, NodeInfo> known, List<Diagnostic> diagnostics) {
        LayerConfig layer = node.layer();
        String arityProblem = arityProblem(node);
        if (arityProblem != null) {
            diagnostics.add(Diagnostic.error(node.name(), arityProblem, null));
            return unknown(node);
        }
        List<TensorShape> inputs = new ArrayList<>();
        for (String input : node.inputs()) {
            NodeInfo upstream = known.get(input);
            if (upstream == null || !upstream.hasShape()) {
                return unknown(node);
            }
            inputs.add(upstream.outputShape());
        }
        TensorShape output;
        try {
            output = layer.outputShape(inputs);
        } catch (ShapeException problem) {
            Fix fix = problem.fix() == null ? null : new Fix.AtNode(node.name(), problem.fix());
            diagnostics.add(Diagnostic.error(node.name(), problem.getMessage(), fix));
            return new NodeInfo(node, inputs, null, List.of(), ParameterCount.NONE);
        }
        for (LayerWarning warning : layer.check(inputs)) {
            Fix fix = warning.fix() == null ? null : new Fix.AtNode(node.name(), warning.fix());
            diagnostics.add(new Diagnostic(node.name(), warning.error() ? Severity.ERROR : Severity.WARNING,
                    warning.message(), fix));
        }
        if (output.size() == 0 || output.dims().contains(0)) {
            diagnostics.add(Diagnostic.error(node.name(), "The output of " + node.name() + " has no values left: "
                    + output + ".", null));
        }
        List<WeightSpec> weights = layer.weights(inputs);
        return new NodeInfo(node, inputs, output, weights, ParameterCount.of(weights));
    }

    private static NodeInfo unknown(LayerNode node) {
        return new NodeInfo(node, List.of(), null, List.of(), ParameterCount.NONE);
    }

    private static String arityProblem(LayerNode node) {
        LayerConfig layer = node.layer();
        int count = node.inputs().size();
        String type = layer.kerasClassName();
        if (layer instanceof InputLayer) {
            return count == 0 ? null : "An InputLayer takes no inputs; " + node.name() + " has " + count + ".";
        }
        if (layer.type().isMerge()) {
            return count >= 2 ? null : type + " merges two or more inputs; " + node.name() + " has " + count
                    + ". Connect another branch to it.";
        }
        if (count == 0) {
            return node.name() + " is not connected to anything before it; connect an input to it.";
        }
        if (count > 1) {
            return type + " takes exactly one input; " + node.name() + " has " + count
                    + ". Use Add or Concatenate to merge branches first.";
        }
        return null;
    }

    /** Reports layers no InputLayer reaches; returns the layers that are reached. */
    private static Set<String> reportUnreachable(ModelGraph graph, List<Diagnostic> diagnostics) {
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        boolean anyInput = false;
        for (LayerNode node : graph.nodes()) {
            if (node.layer() instanceof InputLayer) {
                anyInput = true;
                queue.add(node.name());
            }
        }
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (reached.add(name)) {
                queue.addAll(graph.consumers(name));
            }
        }
        if (!anyInput && !graph.isEmpty()) {
            diagnostics.add(Diagnostic.error(null, "The model has no InputLayer; add one and connect the first "
                    + "layer to it.", null));
            return reached;
        }
        for (LayerNode node : graph.nodes()) {
            if (!reached.contains(node.name()) && !node.inputs().isEmpty()) {
                diagnostics.add(Diagnostic.error(node.name(), node.name() + " has no path from an InputLayer; "
                        + "connect the start of its branch to the model's input.", null));
            }
        }
        return reached;
    }

    /** Layers reached from an input whose output no other layer uses. */
    private static List<String> findOutputs(ModelGraph graph, Set<String> reached) {
        List<String> outputs = new ArrayList<>();
        for (LayerNode node : graph.nodes()) {
            if (!(node.layer() instanceof InputLayer) && reached.contains(node.name())
                    && graph.consumers(node.name()).isEmpty()) {
                outputs.add(node.name());
            }
        }
        return outputs;
    }

    private static void reportOutputs(ModelGraph graph, List<String> outputs, List<Diagnostic> diagnostics) {
        if (graph.isEmpty()) {
            diagnostics.add(Diagnostic.error(null, "The model is empty; start with an InputLayer.", null));
        } else if (outputs.isEmpty()) {
            diagnostics.add(Diagnostic.error(null, "The model has no output layer; add a layer after the input, "
                    + "e.g. Dense(10, activation='softmax') for ten classes.", null));
        } else if (outputs.size() > 1) {
            String names = outputs.stream().collect(Collectors.joining(", "));
            for (String output : outputs) {
                diagnostics.add(Diagnostic.error(output, "The model has " + outputs.size() + " outputs (" + names
                        + "); Neurite trains models with one output. Connect or delete the extra branch.", null));
            }
        }
    }
}
