package dev.neurite.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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

    /** {@code diagnostics} with downstream errors folded under their cause, in the original order otherwise. */
    static List<Diagnostic> fold(ModelGraph graph, List<Diagnostic> diagnostics) {
        Set<String> erroneous = new HashSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.isError() && d.node() != null && graph.contains(d.node())) {
                erroneous.add(d.node());
            }
        }
        Map<Diagnostic, List<String>> under = new LinkedHashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String root = d.isError() && erroneous.contains(d.node()) ? rootCause(graph, d.node(), erroneous) : null;
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
     * The erroneous ancestor of {@code node} (not itself) that has no erroneous ancestor of its own, or null when no
     * ancestor has an error (or every one lies on a cycle).
     */
    private static String rootCause(ModelGraph graph, String node, Set<String> erroneous) {
        for (String ancestor : erroneousAncestors(graph, node, erroneous)) {
            if (erroneousAncestors(graph, ancestor, erroneous).isEmpty()) {
                return ancestor;
            }
        }
        return null;
    }

    /** The ancestors of {@code node} with an error, nearest first; never {@code node} itself. */
    private static List<String> erroneousAncestors(ModelGraph graph, String node, Set<String> erroneous) {
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(graph.node(node).inputs());
        while (!queue.isEmpty()) {
            String name = queue.poll();
            if (name.equals(node) || !graph.contains(name) || !seen.add(name)) {
                continue;
            }
            if (erroneous.contains(name)) {
                found.add(name);
            }
            queue.addAll(graph.node(name).inputs());
        }
        return found;
    }

    private static Diagnostic firstError(List<Diagnostic> diagnostics, String node) {
        return diagnostics.stream().filter(d -> d.isError() && node.equals(d.node())).findFirst().orElseThrow();
    }
}
