package dev.neurite.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds one cycle through a node, for explaining cycles to the learner. */
final class Cycles {

    private Cycles() {
    }

    /**
     * A cycle through {@code start} as the list of node names from {@code start} back to (excluding) {@code start},
     * following data flow; empty if {@code start} is on no cycle.
     */
    static List<String> through(ModelGraph graph, String start) {
        List<String> path = new ArrayList<>();
        return search(graph, start, start, path, new HashSet<>()) ? path : List.of();
    }

    private static boolean search(ModelGraph graph, String start, String current, List<String> path,
                                  Set<String> seen) {
        path.add(current);
        for (String next : graph.consumers(current)) {
            if (next.equals(start)) {
                return true;
            }
            if (seen.add(next) && search(graph, start, next, path, seen)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        return false;
    }
}
