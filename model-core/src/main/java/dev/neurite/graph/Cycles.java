package dev.neurite.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the nodes that lie on cycles and, for each, a way to explain and break its cycle. Linear in nodes and
 * connections (strongly connected components by Tarjan's algorithm, iteratively, then breadth-first searches inside
 * each component), so a model file of any allowed size is answered at once and no recursion can overflow the stack.
 */
final class Cycles {

    /** Cycles longer than this are shown by their first and last names. */
    private static final int SHOWN = 8;

    /** One node on a cycle: a sentence naming the cycle and the connection into the node that breaks it. */
    record OnCycle(String description, String from) {
    }

    private Cycles() {
    }

    /**
     * Every node of {@code candidates} (the nodes a topological sort could not order) that lies on a cycle.
     *
     * @return by node name, in the graph's order
     */
    static Map<String, OnCycle> find(ModelGraph graph, Collection<String> candidates) {
        Set<String> inside = Set.copyOf(candidates);
        Map<String, OnCycle> found = new HashMap<>();
        for (List<String> component : components(graph, candidates, inside)) {
            String root = component.get(0);
            boolean selfLoop = graph.node(root).inputs().contains(root);
            if (component.size() == 1 && !selfLoop) {
                continue;
            }
            describe(graph, Set.copyOf(component), root, found);
        }
        Map<String, OnCycle> ordered = new LinkedHashMap<>();
        for (LayerNode node : graph.nodes()) {
            if (found.containsKey(node.name())) {
                ordered.put(node.name(), found.get(node.name()));
            }
        }
        return ordered;
    }

    /** A shortest cycle through {@code root}; the component's other nodes are named as on a cycle through it. */
    private static void describe(ModelGraph graph, Set<String> component, String root, Map<String, OnCycle> found) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        String last = null;
        while (!queue.isEmpty() && last == null) {
            String current = queue.poll();
            for (String next : graph.consumers(current)) {
                if (next.equals(root)) {
                    last = current;
                    break;
                }
                if (component.contains(next) && !parent.containsKey(next)) {
                    parent.put(next, current);
                    queue.add(next);
                }
            }
        }
        List<String> cycle = new ArrayList<>();
        for (String node = last; node != null && !node.equals(root); node = parent.get(node)) {
            cycle.add(node);
        }
        cycle.add(root);
        java.util.Collections.reverse(cycle);
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < cycle.size(); i++) {
            position.put(cycle.get(i), i);
        }
        for (String node : component) {
            Integer at = position.get(node);
            if (at != null) {
                String from = cycle.get((at + cycle.size() - 1) % cycle.size());
                found.put(node, new OnCycle(node + " is part of a cycle (" + around(cycle, at) + ")", from));
            } else {
                String from = graph.node(node).inputs().stream().filter(component::contains).findFirst()
                        .orElseThrow();
                found.put(node, new OnCycle(node + " is part of a cycle through " + root + " (" + around(cycle, 0)
                        + ")", from));
            }
        }
    }

    /** The cycle read from index {@code start} back to it, e.g. {@code a → b → c → a}; long ones shortened. */
    private static String around(List<String> cycle, int start) {
        int size = cycle.size();
        List<String> names = new ArrayList<>();
        if (size <= SHOWN) {
            for (int i = 0; i <= size; i++) {
                names.add(cycle.get((start + i) % size));
            }
            return String.join(" \u2192 ", names);
        }
        for (int i = 0; i < 3; i++) {
            names.add(cycle.get((start + i) % size));
        }
        names.add("\u2026");
        for (int i = size - 2; i <= size; i++) {
            names.add(cycle.get((start + i) % size));
        }
        return String.join(" \u2192 ", names) + ", " + size + " layers";
    }

    /** Tarjan's strongly connected components of the subgraph on {@code inside}, without recursion. */
    private static List<List<String>> components(ModelGraph graph, Collection<String> order, Set<String> inside) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<List<String>> components = new ArrayList<>();
        Deque<Frame> frames = new ArrayDeque<>();
        for (String start : order) {
            if (index.containsKey(start)) {
                continue;
            }
            frames.push(new Frame(start, graph.consumers(start)));
            index.put(start, index.size());
            low.put(start, index.get(start));
            stack.push(start);
            onStack.add(start);
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                if (frame.next < frame.consumers.size()) {
                    String next = frame.consumers.get(frame.next++);
                    if (!inside.contains(next)) {
                        continue;
                    }
                    if (!index.containsKey(next)) {
                        index.put(next, index.size());
                        low.put(next, index.get(next));
                        stack.push(next);
                        onStack.add(next);
                        frames.push(new Frame(next, graph.consumers(next)));
                    } else if (onStack.contains(next)) {
                        low.put(frame.node, Math.min(low.get(frame.node), index.get(next)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    String up = frames.peek().node;
                    low.put(up, Math.min(low.get(up), low.get(frame.node)));
                }
                if (low.get(frame.node).equals(index.get(frame.node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(frame.node));
                    java.util.Collections.reverse(component);
                    components.add(component);
                }
            }
        }
        return components;
    }

    /** A node being explored and how many of its consumers have been looked at. */
    private static final class Frame {
        final String node;
        final List<String> consumers;
        int next;

        Frame(String node, List<String> consumers) {
            this.node = node;
            this.consumers = consumers;
        }
    }
}
