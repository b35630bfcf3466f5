package dev.neurite.graph;

import dev.neurite.layers.Add;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ModelGraph's chain edits: splice into a connection, insert after a layer, remove reconnecting. */
class ChainEditsTest {

    /** in -> a, in -> b, add(a, b). */
    private static ModelGraph diamond() {
        return ModelGraph.of(List.of(
                new LayerNode("in", new InputLayer(TensorShape.of(4)), List.of()),
                new LayerNode("a", new Dense(4), List.of("in")),
                new LayerNode("b", new Dense(4), List.of("in")),
                new LayerNode("sum", new Add(), List.of("a", "b"))));
    }

    @Test
    void spliceIntoAMergesSecondInputKeepsTheInputOrder() {
        ModelGraph spliced = diamond().splice("b", "sum", new LayerNode("drop", new Dropout(0.5), List.of()));
        assertEquals(List.of("a", "drop"), spliced.node("sum").inputs());
        assertEquals(List.of("b"), spliced.node("drop").inputs());
    }

    @Test
    void spliceIntoAMissingConnectionIsRefused() {
        assertThrows(GraphException.class,
                () -> diamond().splice("a", "b", new LayerNode("drop", new Dropout(0.5), List.of())));
    }

    @Test
    void insertAfterABranchingLayerTakesOverEveryConsumer() {
        ModelGraph inserted = diamond().insertAfter("in", new LayerNode("drop", new Dropout(0.5), List.of()));
        assertEquals(List.of("drop"), inserted.consumers("in"));
        assertEquals(List.of("drop"), inserted.node("a").inputs());
        assertEquals(List.of("drop"), inserted.node("b").inputs());
    }

    @Test
    void removingAMiddleLayerHandsItsInputToItsConsumersWithoutDuplicates() {
        ModelGraph removed = diamond().removeReconnecting("a");
        assertEquals(List.of("in", "b"), removed.node("sum").inputs());
        ModelGraph both = removed.removeReconnecting("b");
        assertEquals(List.of("in"), both.node("sum").inputs());
    }
}
