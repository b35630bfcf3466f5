package dev.neurite.graph;

import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable directed graph of layers: Keras's functional model, of which a Sequential model is the chain case.
 * Every edit returns a new graph. A graph may be invalid (a cycle, a layer without input): {@link #analyze()} says
 * what is wrong; only references to unknown nodes and duplicate names are refused outright.
 *
 * <p>Thread-safe: immutable; the analysis is computed once, on first use.
 */
public final class ModelGraph {

    private static final ModelGraph EMPTY = new ModelGraph(new LinkedHashMap<>());

    private final Map<String, LayerNode> nodes;
    /** For each node, the nodes that take it as an input, in graph order (each once). */
    private final Map<String, List<String>> consumers;
    private volatile ModelAnalysis analysis;

    private ModelGraph(LinkedHashMap<String, LayerNode> nodes) {
        for (LayerNode node : nodes.values()) {
            for (String input : node.inputs()) {
                if (!nodes.containsKey(input)) {
                    throw new GraphException("Layer '" + node.name() + "' takes its input from '" + input
                            + "', which is not in the model.");
                }
            }
        }
        this.nodes = Collections.unmodifiableMap(nodes);
        Map<String, List<String>> consumersByName = new HashMap<>();
        for (LayerNode node : nodes.values()) {
            for (String input : new LinkedHashSet<>(node.inputs())) {
                consumersByName.computeIfAbsent(input, n -> new ArrayList<>()).add(node.name());
            }
        }
        consumersByName.replaceAll((name, list) -> List.copyOf(list));
        this.consumers = consumersByName;
    }

    public static ModelGraph empty() {
        return EMPTY;
    }

    /**
     * A graph of the given nodes, in the given order.
     *
     * @throws GraphException on a duplicate name or an input that names no node
     */
    public static ModelGraph of(List<LayerNode> nodes) {
        LinkedHashMap<String, LayerNode> map = new LinkedHashMap<>();
        for (LayerNode node : nodes) {
            if (map.put(node.name(), node) != null) {
                throw new GraphException("Two layers are named '" + node.name() + "'; layer names must be unique.");
            }
        }
        return new ModelGraph(map);
    }

    /** A chain of {@code layers}, each fed by the one before, named automatically as Keras names them. */
    public static ModelGraph sequential(LayerConfig... layers) {
        ModelGraph graph = EMPTY;
        for (LayerConfig layer : layers) {
            graph = graph.append(layer);
        }
        return graph;
    }

    // ---- Queries --------------------------------------------------------------------------------------------------

    /** The nodes in the order they were added. */
    public Collection<LayerNode> nodes() {
        return nodes.values();
    }

    public int size() {
        return nodes.size();
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(String name) {
        return nodes.containsKey(name);
    }

    /** The node called {@code name}; throws {@link GraphException} if there is none. */
    public LayerNode node(String name) {
        LayerNode node = nodes.get(name);
        if (node == null) {
            throw new GraphException("The model has no layer named '" + name + "'.");
        }
        return node;
    }

    /** The names of the nodes that take {@code name} as an input, in graph order. */
    public List<String> consumers(String name) {
        return consumers.getOrDefault(name, List.of());
    }

    /** Whether the graph is a single chain from one input, as a Keras Sequential model. */
    public boolean isChain() {
        int heads = 0;
        for (LayerNode node : nodes.values()) {
            if (node.inputs().isEmpty()) {
                heads++;
            } else if (node.inputs().size() > 1) {
                return false;
            }
            if (consumers(node.name()).size() > 1) {
                return false;
            }
        }
        return heads <= 1;
    }

    /** Shapes, parameter counts and the problems of this graph; computed once. */
    public ModelAnalysis analyze() {
        ModelAnalysis result = analysis;
        if (result == null) {
            result = ModelAnalysis.of(this);
            analysis = result;
        }
        return result;
    }

    /**
     * The next free automatic name for a layer of {@code type}, as Keras makes them: {@code dense}, {@code dense_1},
     * ...; inputs are {@code input_1}, {@code input_2}, ...
     */
    public String uniqueName(LayerType type) {
        String prefix = type.namePrefix();
        if (type == LayerType.INPUT_LAYER) {
            for (int i = 1; ; i++) {
                if (!contains(prefix + "_" + i)) {
                    return prefix + "_" + i;
                }
            }
        }
        if (!contains(prefix)) {
            return prefix;
        }
        for (int i = 1; ; i++) {
            if (!contains(prefix + "_" + i)) {
                return prefix + "_" + i;
            }
        }
    }

    /**
     * Why connecting {@code from -> to} would make an invalid model, or empty if it is allowed: a cycle, an input into
     * an InputLayer, a second input into a single-input layer, a duplicate connection.
     */
    public Optional<String> connectionProblem(String from, String to) {
        LayerNode target = node(to);
        node(from);
        if (from.equals(to)) {
            return Optional.of("A layer cannot take its own output as input.");
        }
        if (target.layer() instanceof InputLayer) {
            return Optional.of("An InputLayer takes no inputs: it is where data enters the model.");
        }
        if (target.inputs().contains(from)) {
            return Optional.of(from + " is already connected to " + to + ".");
        }
        if (!target.layer().type().isMerge() && !target.inputs().isEmpty()) {
            return Optional.of(target.layer().kerasClassName() + " takes one input and " + to
                    + " already has one; use Add or Concatenate to merge branches.");
        }
        if (reaches(to, from)) {
            return Optional.of("Connecting " + from + " to " + to + " would make a cycle: " + to
                    + " already feeds " + from + ".");
        }
        return Optional.empty();
    }

    private boolean reaches(String start, String goal) {
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(start));
        while (!stack.isEmpty()) {
            String current = stack.remove(stack.size() - 1);
            if (current.equals(goal)) {
                return true;
            }
            if (seen.add(current)) {
                stack.addAll(consumers(current));
            }
        }
        return false;
    }

    // ---- Edits (each returns a new graph) ---------------------------------------------------------------------------

    /** The graph with {@code node} added at the end. */
    public ModelGraph add(LayerNode node) {
        if (contains(node.name())) {
            throw new GraphException("A layer named '" + node.name() + "' already exists.");
        }
        LinkedHashMap<String, LayerNode> copy = copy();
        copy.put(node.name(), node);
        return new ModelGraph(copy);
    }

    /** The graph with {@code layer} added under an automatic name, fed by {@code inputs}. */
    public ModelGraph add(LayerConfig layer, List<String> inputs) {
        return add(new LayerNode(uniqueName(layer.type()), layer, inputs));
    }

    /**
     * The graph with {@code layer} appended after the last node added, under an automatic name (Keras's
     * {@code model.add}); the first layer of an empty graph has no input.
     */
    public ModelGraph append(LayerConfig layer) {
        List<String> inputs = isEmpty() ? List.of() : List.of(lastNode().name());
        return add(layer, inputs);
    }

    private LayerNode lastNode() {
        LayerNode last = null;
        for (LayerNode node : nodes.values()) {
            last = node;
        }
        return last;
    }

    /** The graph without {@code name} and without every connection from it. */
    public ModelGraph remove(String name) {
        node(name);
        LinkedHashMap<String, LayerNode> copy = new LinkedHashMap<>();
        for (LayerNode node : nodes.values()) {
            if (!node.name().equals(name)) {
                List<String> inputs = new ArrayList<>(node.inputs());
                inputs.removeIf(name::equals);
                copy.put(node.name(), node.withInputs(inputs));
            }
        }
        return new ModelGraph(copy);
    }

    /** The graph with {@code name}'s layer replaced, keeping its name and connections. */
    public ModelGraph replace(String name, LayerConfig layer) {
        return withNode(node(name).withLayer(layer));
    }

    /** The graph with {@code from} added as the last input of {@code to}; see {@link #connectionProblem}. */
    public ModelGraph connect(String from, String to) {
        node(from);
        LayerNode target = node(to);
        if (target.inputs().contains(from)) {
            return this;
        }
        List<String> inputs = new ArrayList<>(target.inputs());
        inputs.add(from);
        return withNode(target.withInputs(inputs));
    }

    /** The graph without the connection {@code from -> to}. */
    public ModelGraph disconnect(String from, String to) {
        LayerNode target = node(to);
        List<String> inputs = new ArrayList<>(target.inputs());
        if (!inputs.remove(from)) {
            throw new GraphException(from + " is not connected to " + to + ".");
        }
        return withNode(target.withInputs(inputs));
    }

    /**
     * The graph with {@code layer} inserted just before {@code name}: it takes {@code name}'s inputs and becomes its
     * only input.
     */
    public ModelGraph insertBefore(String name, LayerConfig layer) {
        LayerNode target = node(name);
        String inserted = uniqueName(layer.type());
        LinkedHashMap<String, LayerNode> copy = new LinkedHashMap<>();
        for (LayerNode node : nodes.values()) {
            if (node.name().equals(name)) {
                copy.put(inserted, new LayerNode(inserted, layer, target.inputs()));
                copy.put(name, target.withInputs(List.of(inserted)));
            } else {
                copy.put(node.name(), node);
            }
        }
        return new ModelGraph(copy);
    }

    /** The graph with {@code oldName} renamed, connections following. */
    public ModelGraph rename(String oldName, String newName) {
        node(oldName);
        LayerNode.requireValidName(newName);
        if (oldName.equals(newName)) {
            return this;
        }
        if (contains(newName)) {
            throw new GraphException("A layer named '" + newName + "' already exists.");
        }
        LinkedHashMap<String, LayerNode> copy = new LinkedHashMap<>();
        for (LayerNode node : nodes.values()) {
            List<String> inputs = node.inputs().stream().map(i -> i.equals(oldName) ? newName : i).toList();
            String name = node.name().equals(oldName) ? newName : node.name();
            copy.put(name, new LayerNode(name, node.layer(), inputs));
        }
        return new ModelGraph(copy);
    }

    private ModelGraph withNode(LayerNode replacement) {
        LinkedHashMap<String, LayerNode> copy = copy();
        copy.put(replacement.name(), replacement);
        return new ModelGraph(copy);
    }

    private LinkedHashMap<String, LayerNode> copy() {
        return new LinkedHashMap<>(nodes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelGraph graph
                && List.copyOf(nodes.values()).equals(List.copyOf(graph.nodes.values()));
    }

    @Override
    public int hashCode() {
        return List.copyOf(nodes.values()).hashCode();
    }

    @Override
    public String toString() {
        return "ModelGraph" + nodes.values();
    }
}
