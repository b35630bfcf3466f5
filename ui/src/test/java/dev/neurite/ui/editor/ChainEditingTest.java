package dev.neurite.ui.editor;

import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building a chain by hand: splicing into a connection, inserting after a layer, dropping below, deleting. */
class ChainEditingTest {

    /** input_1 -> dense -> dense_1, laid out top to bottom. */
    private static EditorViewModel chain() {
        return EditorFixtures.chain();
    }

    private static List<String> names(EditorViewModel editor) {
        return editor.graph().nodes().stream().map(LayerNode::name).toList();
    }

    private static List<String> inputs(EditorViewModel editor, String name) {
        return editor.graph().node(name).inputs();
    }

    private static void assertNoOverlap(EditorViewModel editor) {
        List<NodePosition> placed = editor.project().layout().values().stream().toList();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                NodePosition a = placed.get(i);
                NodePosition b = placed.get(j);
                boolean overlap = Math.abs(a.x() - b.x()) < NodeGeometry.WIDTH
                        && Math.abs(a.y() - b.y()) < NodeGeometry.HEIGHT;
                assertTrue(!overlap, "nodes overlap at " + a + " and " + b);
            }
        }
    }

    @Test
    void layerSplicedIntoAConnectionSitsBetweenItsEndsAndOneUndoRestoresTheChain() {
        EditorViewModel editor = chain();
        List<String> before = names(editor);
        String first = before.get(1);
        String second = before.get(2);
        Project original = editor.project();

        assertEquals(Optional.empty(), editor.spliceLayer(LayerType.DROPOUT, new Connection(first, second)));

        assertEquals(List.of(first), inputs(editor, "dropout"));
        assertEquals(List.of("dropout"), inputs(editor, second));
        assertEquals("dropout", editor.selection().primaryProperty().get());
        assertNoOverlap(editor);
        editor.undo();
        assertEquals(original.model(), editor.project().model());
    }

    @Test
    void anExistingLayerMovedIntoAConnectionLeavesItsPlaceReconnected() {
        EditorViewModel editor = new EditorViewModel(Project.of(new ModelDefinition(ModelGraph.sequential(
                new InputLayer(TensorShape.of(784)), new Dense(64, ActivationFunction.RELU),
                new dev.neurite.layers.Dropout(0.2), new Dense(10, ActivationFunction.SOFTMAX)),
                CompileSettings.defaults(), FitSettings.defaults(), null)));
        Project original = editor.project();

        assertEquals(Optional.empty(), editor.spliceExisting("dropout", new Connection("input_1", "dense")));

        assertEquals(List.of("input_1"), inputs(editor, "dropout"));
        assertEquals(List.of("dropout"), inputs(editor, "dense"));
        assertEquals(List.of("dense"), inputs(editor, "dense_1"), "the old neighbours are reconnected");
        assertNoOverlap(editor);
        editor.undo();
        assertEquals(original.model(), editor.project().model());
        assertTrue(editor.spliceExisting("input_1", new Connection("dropout", "dense_1")).isPresent());
        assertTrue(editor.spliceExisting("dropout", new Connection("dense", "dropout")).isPresent());
        assertEquals(original.model(), editor.project().model());
    }

    @Test
    void withLayoutAfterEditsASpliceIsLaidOutInTheSameUndoableEdit() {
        EditorViewModel editor = chain();
        editor.layoutAfterEditsProperty().set(true);
        Project original = editor.project();

        editor.spliceLayer(LayerType.DROPOUT, new Connection("dense", "dense_1"));

        assertEquals(ProjectEdits.autoLayout(editor.project()).layout(), editor.project().layout());
        assertNoOverlap(editor);
        editor.undo();
        assertEquals(original, editor.project());
    }

    @Test
    void aLayerDroppedOntoAnotherLandsBesideItAndAMoveOntoOneStepsDown() {
        EditorViewModel editor = chain();
        NodePosition dense = editor.project().layout().get("dense");

        String added = editor.addLayer(LayerType.DROPOUT, dense.plus(20, 10));
        assertNoOverlap(editor);

        editor.move(Map.of(added, editor.project().layout().get("input_1")));
        assertNoOverlap(editor);
        editor.move(Map.of("input_1", dense, "dense", dense.plus(0, NodeGeometry.ROW)));
        assertNoOverlap(editor);
    }

    @Test
    void mergeLayerIsRefusedOnAConnectionWithTheReason() {
        EditorViewModel editor = chain();
        List<String> before = names(editor);
        Optional<String> refused = editor.spliceLayer(LayerType.ADD, new Connection(before.get(0), before.get(1)));
        assertTrue(refused.isPresent());
        assertEquals(before, names(editor));
        assertEquals(refused.get(), editor.messageProperty().get());
    }

    @Test
    void enterAfterAMiddleLayerInsertsIntoTheChainInsteadOfBranching() {
        EditorViewModel editor = chain();
        List<String> before = names(editor);
        editor.selection().selectOnly(List.of(before.get(0)));

        String added = editor.appendLayer(LayerType.BATCH_NORMALIZATION);

        assertEquals(List.of(before.get(0)), inputs(editor, added));
        assertEquals(List.of(added), inputs(editor, before.get(1)));
        assertEquals(List.of(added), editor.graph().consumers(before.get(0)));
        assertNoOverlap(editor);
        editor.undo();
        assertEquals(before, names(editor));
        assertEquals(List.of(before.get(0)), inputs(editor, before.get(1)));
    }

    @Test
    void enterAfterTheLastLayerAppendsBelowIt() {
        EditorViewModel editor = chain();
        String last = names(editor).get(2);
        editor.selection().selectOnly(List.of(last));

        String added = editor.appendLayer(LayerType.DENSE);

        assertEquals(List.of(last), inputs(editor, added));
        assertEquals(editor.project().layout().get(last).plus(0, NodeGeometry.ROW),
                editor.project().layout().get(added));
        assertNoOverlap(editor);
    }

    @Test
    void layerDroppedJustBelowTheLastLayerIsConnectedToIt() {
        EditorViewModel editor = chain();
        String last = names(editor).get(2);
        NodePosition below = editor.project().layout().get(last).plus(20, NodeGeometry.ROW);

        String added = editor.addLayer(LayerType.DENSE, below);

        assertEquals(List.of(last), inputs(editor, added));
        assertEquals(below, editor.project().layout().get(added));
    }

    @Test
    void layerDroppedFarFromEveryOpenEndStaysUnconnected() {
        EditorViewModel editor = chain();
        NodePosition last = editor.project().layout().get(names(editor).get(2));
        String added = editor.addLayer(LayerType.DENSE, last.plus(3 * NodeGeometry.WIDTH, NodeGeometry.ROW));
        assertEquals(List.of(), inputs(editor, added));
    }

    @Test
    void deletingAMiddleLayerReconnectsItsNeighboursAsOneUndoableEdit() {
        EditorViewModel editor = chain();
        List<String> before = names(editor);
        editor.selection().selectOnly(List.of(before.get(1)));

        editor.deleteSelection();

        assertEquals(List.of(before.get(0), before.get(2)), names(editor));
        assertEquals(List.of(before.get(0)), inputs(editor, before.get(2)));
        editor.undo();
        assertEquals(before, names(editor));
        assertEquals(List.of(before.get(1)), inputs(editor, before.get(2)));
    }

    @Test
    void shiftDeleteLeavesTheNeighboursUnconnected() {
        EditorViewModel editor = chain();
        List<String> before = names(editor);
        editor.selection().selectOnly(List.of(before.get(1)));

        editor.deleteSelectionWithoutReconnect();

        assertEquals(List.of(), inputs(editor, before.get(2)));
    }
}
