package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.format.Templates;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Add;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlacementTest {

    @Test
    void aChainIsOneStraightColumnTopDown() {
        Map<String, NodePosition> layout = Placement.layout(ModelGraph.sequential(new InputLayer(TensorShape.of(4)),
                new Dense(4), new Dense(4), new Dense(4), new Dense(4), new Dense(4), new Dense(4), new Dense(2)));
        List<NodePosition> places = List.copyOf(layout.values());
        for (int i = 1; i < places.size(); i++) {
            assertEquals(places.get(0).x(), places.get(i).x(), "one column");
            assertEquals(places.get(i - 1).y() + NodeGeometry.ROW, places.get(i).y(), "one row below the last");
        }
    }

    @Test
    void theDeepestTemplateIsOneColumnWithoutWrapping() {
        ModelGraph vgg = Templates.get("vgg-cnn").graph();
        Map<String, NodePosition> layout = Placement.layout(vgg);
        assertEquals(1, layout.values().stream().mapToDouble(NodePosition::x).distinct().count());
        assertEquals(NodeGeometry.MARGIN + (vgg.size() - 1) * NodeGeometry.ROW,
                layout.values().stream().mapToDouble(NodePosition::y).max().orElseThrow());
    }

    @Test
    void twoBranchesStandSideBySideAndTheirMergeIsCentredUnderThem() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(4))
                .add(new Dense(4), List.of("input_1")).add(new Add(), List.of("dense", "dense_1"))
                .add(new Dense(2), List.of("add"));
        Map<String, NodePosition> layout = Placement.layout(graph);

        NodePosition left = layout.get("dense");
        NodePosition right = layout.get("dense_1");
        assertEquals(left.y(), right.y());
        assertTrue(left.x() + NodeGeometry.WIDTH + NodeGeometry.COLUMN_GAP <= right.x(), "side by side");
        double middle = (left.x() + right.x()) / 2;
        assertEquals(middle, layout.get("add").x(), 1, "the merge centred under its inputs");
        assertEquals(middle, layout.get("input_1").x(), 1, "the split centred above its branches");
        assertEquals(layout.get("add").x(), layout.get("dense_2").x(), "the chain below the merge straight");
        assertTrue(Clearance.problems(graph, layout).isEmpty(), Clearance.problems(graph, layout).toString());
    }

    @Test
    void aSkipConnectionRunsBesideTheLayersItSkips() {
        ModelGraph graph = residual();
        Map<String, NodePosition> layout = Placement.layout(graph);

        WirePath skip = WireRoute.between(layout.get("input_1"), layout.get("add"), layout.values());
        for (String skipped : List.of("dense", "dense_1")) {
            assertFalse(skip.crosses(layout.get(skipped)), "input_1 -> add runs through " + skipped);
        }
        assertEquals(layout.get("dense").x(), layout.get("dense_1").x(), "the skipped chain straight");
        assertTrue(layout.get("dense").y() < layout.get("dense_1").y());
        assertTrue(layout.get("dense_1").y() < layout.get("add").y());
        assertTrue(Clearance.problems(graph, layout).isEmpty(), Clearance.problems(graph, layout).toString());
    }

    @Test
    void everyTemplateIsLaidOutWithNoNodeOverAnotherAndNoWireThroughANode() {
        for (ModelDefinition template : Templates.all()) {
            Map<String, NodePosition> layout = Placement.layout(template.graph());
            assertEquals(template.graph().size(), layout.size(), template.template().id());
            List<Clearance.Problem> problems = Clearance.problems(template.graph(), layout);
            assertTrue(problems.isEmpty(), template.template().id() + ": " + problems);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aRandomGraphIsLaidOutWithNothingHidden(long seed) {
        ModelGraph graph = randomGraph(new Random(seed));
        Map<String, NodePosition> layout = Placement.layout(graph);
        assertEquals(graph.size(), layout.size());
        List<Clearance.Problem> problems = Clearance.problems(graph, layout);
        assertTrue(problems.isEmpty(), "seed " + seed + ": " + problems);
    }

    @Test
    void theLayoutIsDeterministic() {
        for (ModelGraph graph : List.of(residual(), Templates.get("vgg-cnn").graph(), randomGraph(new Random(7)))) {
            assertEquals(Placement.layout(graph), Placement.layout(graph));
        }
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
    void aLayerInsertedIntoAChainPushesOnlyTheLayersBelowItDown() {
        ModelGraph vgg = Templates.get("vgg-cnn").graph();
        Map<String, NodePosition> layout = Placement.layout(vgg);
        ModelGraph inserted = vgg.insertAfter("dense", new LayerNode("dropout", new Dropout(0.5), List.of()));

        Map<String, NodePosition> completed = Placement.complete(inserted, layout);

        double firstPushed = layout.get("dense_1").y();
        for (String name : layout.keySet()) {
            NodePosition before = layout.get(name);
            assertEquals(before.y() >= firstPushed ? before.plus(0, NodeGeometry.ROW) : before, completed.get(name),
                    name);
        }
        assertEquals(layout.get("dense_1"), completed.get("dropout"));
        assertTrue(Clearance.isClear(inserted, completed));
    }

    @Test
    void aNodeAddedAcrossAWireStepsAsideFromIt() {
        ModelGraph graph = residual();
        Map<String, NodePosition> layout = Placement.layout(graph);
        WirePath skip = WireRoute.between(layout.get("input_1"), layout.get("add"), layout.values());
        double[] line = skip.polyline();
        int middle = line.length / 4;
        NodePosition onTheWire = new NodePosition(line[2 * middle] - NodeGeometry.WIDTH / 2,
                line[2 * middle + 1] - NodeGeometry.HEIGHT / 2);
        ModelGraph added = graph.add(new LayerNode("dropout", new Dropout(0.5), List.of()));
        Map<String, NodePosition> wanted = new java.util.LinkedHashMap<>(layout);
        wanted.put("dropout", onTheWire);
        assertFalse(Clearance.isClear(added, wanted), "the test drops the node on the wire");

        Map<String, NodePosition> settled = Placement.settle(added, wanted, List.of("dropout"));

        assertTrue(Clearance.isClear(added, settled), Clearance.problems(added, settled).toString());
        layout.forEach((name, position) -> assertEquals(position, settled.get(name), "the others stay"));
    }

    /** input_1 -> dense -> dense_1 -> add(dense_1, input_1) -> dense_2: a skip connection over two layers. */
    private static ModelGraph residual() {
        return ModelGraph.sequential(new InputLayer(TensorShape.of(4)), new Dense(4), new Dense(4))
                .add(new Add(), List.of("dense_1", "input_1")).add(new Dense(2), List.of("add"));
    }

    /** A random connected DAG of 6-20 layers: Dense for one input, Add for two or three. */
    private static ModelGraph randomGraph(Random random) {
        int size = 6 + random.nextInt(15);
        List<LayerNode> nodes = new ArrayList<>();
        nodes.add(new LayerNode("input_1", new InputLayer(TensorShape.of(4)), List.of()));
        for (int i = 1; i < size; i++) {
            int inputs = random.nextInt(4) == 0 ? 2 + random.nextInt(2) : 1;
            List<String> chosen = new ArrayList<>();
            for (int k = 0; k < inputs; k++) {
                String input = nodes.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 5)))).name();
                if (!chosen.contains(input)) {
                    chosen.add(input);
                }
            }
            boolean merge = chosen.size() > 1;
            nodes.add(new LayerNode((merge ? "add_" : "dense_") + i, merge ? new Add() : new Dense(4), chosen));
        }
        return ModelGraph.of(nodes);
    }
}
