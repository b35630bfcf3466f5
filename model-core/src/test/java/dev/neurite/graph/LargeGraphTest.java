package dev.neurite.graph;

import dev.neurite.layers.Add;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analyses stay linear at the largest size a model file may have: a chain of 10,000 layers closed into one cycle
 * is explained (every layer on it named, each message short) without deep recursion. The time bound is generous
 * (the analysis takes tens of milliseconds here); it catches a quadratic or cubic analysis, which took a minute.
 */
class LargeGraphTest {

    private static final int LAYERS = 10_000;

    @Test
    void aTenThousandLayerCycleIsExplainedAtOnce() {
        List<LayerNode> nodes = new ArrayList<>();
        nodes.add(new LayerNode("input_1", new InputLayer(TensorShape.of(8)), List.of()));
        nodes.add(new LayerNode("add", new Add(), List.of("input_1", "dense_" + (LAYERS - 3))));
        for (int i = 0; i < LAYERS - 2; i++) {
            nodes.add(new LayerNode("dense_" + i, new Dense(8), List.of(i == 0 ? "add" : "dense_" + (i - 1))));
        }
        ModelGraph graph = ModelGraph.of(nodes);

        List<Diagnostic> cycle = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> graph.analyze()
                .diagnostics().stream().filter(d -> d.message().contains("part of a cycle")).toList());

        assertEquals(LAYERS - 1, cycle.size());
        assertTrue(cycle.stream().allMatch(d -> d.message().length() < 300), cycle.get(0).message());
        assertTrue(cycle.get(0).message().contains(LAYERS - 1 + " layers"), cycle.get(0).message());
        ModelGraph fixed = cycle.get(0).fix().applyTo(graph);
        assertTrue(fixed.analyze().diagnostics().stream().noneMatch(d -> d.message().contains("cycle")));
    }

    @Test
    void layerNamesAreWhatKerasAcceptsAndSafeAsArchiveEntries() {
        for (String bad : List.of("..", "d..1", ".hidden", "1st", "-x", "a/b", "a b", "")) {
            GraphException refused = org.junit.jupiter.api.Assertions.assertThrows(GraphException.class,
                    () -> LayerNode.requireValidName(bad), bad);
            assertTrue(refused.getMessage().contains("start with a letter or '_' and not contain '..'"),
                    refused.getMessage());
        }
        for (String good : List.of("dense_1", "_x", "a.b-c", "Conv2D")) {
            assertEquals(good, LayerNode.requireValidName(good));
        }
    }

    @Test
    void aSelfLoopIsACycle() {
        ModelGraph graph = ModelGraph.of(List.of(
                new LayerNode("input_1", new InputLayer(TensorShape.of(8)), List.of()),
                new LayerNode("add", new Add(), List.of("input_1", "add"))));
        List<Diagnostic> cycle = graph.analyze().diagnostics().stream()
                .filter(d -> d.message().contains("part of a cycle")).toList();
        assertEquals(1, cycle.size());
        assertTrue(cycle.get(0).message().startsWith("add is part of a cycle (add \u2192 add)"),
                cycle.get(0).message());
    }
}
