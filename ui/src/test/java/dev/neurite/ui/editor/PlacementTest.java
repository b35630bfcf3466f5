package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.format.Templates;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Add;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacementTest {

    @Test
    void chainIsLaidOutTopDown() {
        Map<String, NodePosition> layout = Placement.layout(ModelGraph.sequential(new InputLayer(TensorShape.of(4)),
                new Dense(4), new Dense(2)));
        assertTrue(layout.get("input_1").y() < layout.get("dense").y());
        assertTrue(layout.get("dense").y() < layout.get("dense_1").y());
        assertEquals(layout.get("input_1").x(), layout.get("dense_1").x());
    }

    @Test
    void branchesShareARowSideBySide() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(4))
                .add(new Dense(4), List.of("input_1")).add(new Add(), List.of("dense", "dense_1"));
        Map<String, NodePosition> layout = Placement.layout(graph);
        assertEquals(layout.get("dense").y(), layout.get("dense_1").y());
        assertTrue(layout.get("dense").x() + NodeGeometry.WIDTH <= layout.get("dense_1").x());
    }

    @Test
    void deepModelWrapsIntoColumnsWithoutOverlaps() {
        Map<String, NodePosition> layout = Placement.layout(Templates.get("vgg-cnn").graph());
        List<NodePosition> positions = List.copyOf(layout.values());
        for (int i = 0; i < positions.size(); i++) {
            for (int j = i + 1; j < positions.size(); j++) {
                NodePosition a = positions.get(i);
                NodePosition b = positions.get(j);
                boolean apart = Math.abs(a.x() - b.x()) >= NodeGeometry.WIDTH
                        || Math.abs(a.y() - b.y()) >= NodeGeometry.HEIGHT;
                assertTrue(apart, a + " overlaps " + b);
            }
        }
        assertTrue(layout.values().stream().mapToDouble(NodePosition::y).max().orElseThrow()
                < Placement.ROWS_PER_COLUMN * NodeGeometry.ROW + NodeGeometry.MARGIN);
    }

    @Test
    void insertedNodeTakesItsConsumersPlaceAndPushesItDown() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(4));
        Map<String, NodePosition> layout = Placement.layout(graph);
        ModelGraph inserted = graph.insertBefore("dense", new Dense(8));
        Map<String, NodePosition> completed = Placement.complete(inserted, layout);
        assertEquals(layout.get("dense"), completed.get("dense_1"));
        assertEquals(layout.get("dense").plus(0, NodeGeometry.ROW), completed.get("dense"));
    }

    @Test
    void aLayerInsertedInOneColumnOfAWrappedChainLeavesTheOtherColumnsInPlace() {
        ModelGraph vgg = Templates.get("vgg-cnn").graph();
        Map<String, NodePosition> layout = Placement.layout(vgg);
        ModelGraph inserted = vgg.insertAfter("dense", new dev.neurite.graph.LayerNode("dropout",
                new dev.neurite.layers.Dropout(0.5), List.of()));

        Map<String, NodePosition> completed = Placement.complete(inserted, layout);

        double column = layout.get("dense").x();
        for (String name : layout.keySet()) {
            NodePosition before = layout.get(name);
            boolean pushed = Math.abs(before.x() - column) < NodeGeometry.WIDTH && before.y() >= layout.get("dense_1")
                    .y();
            assertEquals(pushed ? before.plus(0, NodeGeometry.ROW) : before, completed.get(name), name);
        }
        assertEquals(layout.get("dense_1"), completed.get("dropout"));
    }
}
