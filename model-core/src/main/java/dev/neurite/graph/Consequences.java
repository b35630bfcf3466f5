package dev.neurite.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One cause, one diagnostic: an error at a layer downstream of another layer's error is a consequence of it (a Dense
 * without Flatten makes every later Dense and the output's shape wrong). Such errors are folded under the first
 * error of their most upstream erroneous ancestor, so the learner sees one problem with one fix. Errors of the whole
 * model (no node) and warnings stay as they are. Stateless.
 */
final class Consequences {

    private Consequences() {
    }

    /**
     * {@code diagnostics} with downstream errors folded under their cause, in the original order otherwise.
     * {@code order} is the graph's topological order; nodes outside it (on or after a cycle) keep their errors. One
     * pass over the order: linear in the graph's size.
     */
    static List<Diagnostic> fold(ModelGraph graph, List<String> order, List<Diagnostic> diagnostics) {
        Set<String> erroneous = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.isError() && d.node() != null && graph.contains(d.node())) {
                erroneous.add(d.node());
            }
        }
        if (erroneous.size() < 2) {
            return diagnostics;
        }
        Map<String, String> rootOf = rootCauses(graph, order, erroneous);
        Map<Diagnostic, List<String>> under = new LinkedHashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String root = d.isError() && d.node() != null ? rootOf.get(d.node()) : null;
            if (root == null) {
                kept.add(d);
            } else {
                under.computeIfAbsent(firstError(diagnostics, root), k -> new ArrayList<>())
                        .add(d.node() + ": " + d.message());
            }
        }
        if (under.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> folded = new ArrayList<>();
        for (Diagnostic d : kept) {
            folded.add(under.containsKey(d) ? d.withConsequences(under.get(d)) : d);
        }
        return folded;
    }

    /**
     * For every node in {@code order} below an erroneous layer: the most upstream erroneous layer above it (one that
     * has no erroneous layer above it itself), the first such through the node's inputs in order.
     */
    private static Map<String, String> rootCauses(ModelGraph graph, List<String> order, Set<String> erroneous) {
        Map<String, String> rootOf = new HashMap<>();
        for (String name : order) {
            for (String input : graph.node(name).inputs()) {
                String root = rootOf.containsKey(input) ? rootOf.get(input)
                        : erroneous.contains(input) ? input : null;
                if (root != null) {
                    rootOf.put(name, root);
                    break;
                }
            }
        }
        return rootOf;
    }

    private static Diagnostic firstError(List<Diagnostic> diagnostics, String node) {
        return diagnostics.stream().filter(d -> d.isError() && node.equals(d.node())).findFirst().orElseThrow();
    }
}
