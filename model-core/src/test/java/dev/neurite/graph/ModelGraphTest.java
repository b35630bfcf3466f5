package dev.neurite.graph;

import dev.neurite.layers.Add;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelGraphTest {

    @Test
    void namesLayersAsKerasDoes() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)), new Dense(512),
                new Dropout(0.2), new Dense(512), new Dropout(0.2), new Dense(10));
        assertEquals(List.of("input_1", "dense", "dropout", "dense_1", "dropout_1", "dense_2"),
                graph.nodes().stream().map(LayerNode::name).toList());
        assertEquals("input_2", graph.uniqueName(LayerType.INPUT_LAYER));
        assertEquals("max_pooling2d", graph.uniqueName(LayerType.MAX_POOLING2D));
    }

    @Test
    void editsLeaveTheOriginalUnchanged() {
        ModelGraph original = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2));
        ModelGraph edited = original.replace("dense", new Dense(3));
        assertEquals(new Dense(2), original.node("dense").layer());
        assertEquals(new Dense(3), edited.node("dense").layer());
    }

    @Test
    void removingANodeDropsItsConnections() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2), new Dense(1));
        ModelGraph removed = graph.remove("dense");
        assertEquals(List.of(), removed.node("dense_1").inputs());
    }

    @Test
    void renameFollowsConnections() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2), new Dense(1))
                .rename("dense", "hidden");
        assertEquals(List.of("hidden"), graph.node("dense_1").inputs());
        assertThrows(GraphException.class, () -> graph.rename("hidden", "dense_1"));
        assertThrows(GraphException.class, () -> graph.rename("hidden", "bad name"));
    }

    @Test
    void refusesInputsThatNameNoNode() {
        assertThrows(GraphException.class, () -> ModelGraph.of(List.of(
                new LayerNode("dense", new Dense(2), List.of("ghost")))));
    }

    @Test
    void refusesDuplicateNames() {
        assertThrows(GraphException.class, () -> ModelGraph.of(List.of(
                new LayerNode("a", new InputLayer(TensorShape.of(2)), List.of()),
                new LayerNode("a", new Dense(2), List.of()))));
    }

    @Test
    void connectionProblemsAreExplainedBeforeConnecting() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2), new Dense(1));
        assertTrue(graph.connectionProblem("dense_1", "dense").orElseThrow().contains("one input"));
        assertTrue(graph.connectionProblem("dense", "input_1").orElseThrow().contains("InputLayer"));
        ModelGraph merge = graph.add(new Add(), List.of("dense"));
        assertTrue(merge.connectionProblem("add", "add").orElseThrow().contains("own output"));
        ModelGraph looped = merge.add(new Dense(2), List.of("add"));
        assertTrue(looped.connectionProblem("dense_2", "add").orElseThrow().contains("cycle"));
        assertTrue(merge.connectionProblem("input_1", "add").isEmpty());
    }

    @Test
    void chainIsRecognisedAndBranchIsNot() {
        ModelGraph chain = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2));
        assertTrue(chain.isChain());
        assertFalse(chain.add(new Dense(3), List.of("input_1")).isChain());
    }

    @Test
    void insertBeforeTakesOverTheInputs() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(2))
                .insertBefore("dense", new Dropout(0.5));
        assertEquals(List.of("input_1"), graph.node("dropout").inputs());
        assertEquals(List.of("dropout"), graph.node("dense").inputs());
        assertEquals(List.of("input_1", "dropout", "dense"), graph.analyze().topologicalOrder());
    }
}
