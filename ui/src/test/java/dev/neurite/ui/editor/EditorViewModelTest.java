package dev.neurite.ui.editor;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's state and commands, without a window. */
class EditorViewModelTest {

    private static EditorViewModel editorOf(dev.neurite.layers.LayerConfig... layers) {
        return new EditorViewModel(Project.of(new ModelDefinition(ModelGraph.sequential(layers),
                CompileSettings.defaults(), FitSettings.defaults(), null)));
    }

    private static EditorViewModel inputOnly() {
        return editorOf(new InputLayer(TensorShape.of(784)));
    }

    @Test
    void everyNodeOfANewEditorHasAPlace() {
        EditorViewModel editor = new EditorViewModel(Project.of(Templates.get("vgg-cnn")));
        assertEquals(editor.graph().size(), editor.project().layout().size());
    }

    @Test
    void addedLayerSitsWhereItWasDroppedAndIsSelected() {
        EditorViewModel editor = inputOnly();
        String name = editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        assertEquals("dense", name);
        assertEquals(new NodePosition(300, 200), editor.project().layout().get("dense"));
        assertEquals("dense", editor.selection().primaryProperty().get());
    }

    @Test
    void connectionMakesTheSummaryCountTheLayersParameters() {
        EditorViewModel editor = inputOnly();
        editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        assertEquals(Optional.empty(), editor.connect("input_1", "dense"));
        assertTrue(editor.summaryProperty().get().contains("50240"), editor.summaryProperty().get());
    }

    @Test
    void secondInputIntoDenseIsRefusedWithTheReason() {
        EditorViewModel editor = inputOnly();
        editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        editor.connect("input_1", "dense");
        editor.addLayer(LayerType.INPUT_LAYER, new NodePosition(600, 40));
        ModelGraph before = editor.graph();

        Optional<String> problem = editor.connect("input_2", "dense");

        assertTrue(problem.orElseThrow().contains("takes one input"), problem.get());
        assertEquals(problem.get(), editor.messageProperty().get());
        assertEquals(before, editor.graph());
    }

    @Test
    void cycleIsRefused() {
        EditorViewModel editor = editorOf(new InputLayer(TensorShape.of(4)), new Dense(4), new Dense(4));
        assertTrue(editor.connect("dense_1", "dense").orElseThrow().contains("takes one input"));
        editor.disconnect(new Connection("input_1", "dense"));
        assertTrue(editor.connect("dense_1", "dense").orElseThrow().contains("cycle"));
    }

    @Test
    void fixInsertsFlattenAndClearsTheProblem() {
        EditorViewModel editor = editorOf(new InputLayer(TensorShape.of(28, 28, 1)), new Conv2D(8, Dims2D.square(3)),
                new Dense(10, ActivationFunction.SOFTMAX));
        Diagnostic problem = editor.diagnostics().stream().filter(d -> "dense".equals(d.node()) && d.fix() != null)
                .findFirst().orElseThrow();

        editor.applyFix(problem);

        assertEquals(List.of("flatten"), editor.graph().node("dense").inputs());
        assertTrue(editor.diagnostics().stream().noneMatch(d -> "dense".equals(d.node())));
        assertTrue(editor.project().layout().containsKey("flatten"));
    }

    @Test
    void undoAndRedoWalkBackAndForthThroughEveryEdit() {
        EditorViewModel editor = inputOnly();
        Project start = editor.project();
        editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        editor.connect("input_1", "dense");
        editor.move(Map.of("dense", new NodePosition(100, 300)));
        editor.replaceLayer("dense", new Dense(10, ActivationFunction.SOFTMAX));
        editor.rename("dense", "output");
        editor.setDataset("mnist");
        Project end = editor.project();

        for (int i = 0; i < 6; i++) {
            editor.undo();
        }
        assertEquals(start, editor.project());
        assertFalse(editor.history().canUndoProperty().get());
        for (int i = 0; i < 6; i++) {
            editor.redo();
        }
        assertEquals(end, editor.project());
    }

    @Test
    void newEditAfterUndoDropsTheRedoStack() {
        EditorViewModel editor = inputOnly();
        editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        editor.undo();
        editor.addLayer(LayerType.DROPOUT, new NodePosition(300, 200));
        assertFalse(editor.history().canRedoProperty().get());
    }

    @Test
    void everyRunsKeptWeightsSurviveEditsUndoAndANewTemplate() {
        ModelDefinition logistic = Templates.get("logistic");
        EditorViewModel editor = new EditorViewModel(Project.of(logistic));
        for (int number = 1; number <= 3; number++) {
            editor.recordRun(new dev.neurite.train.RunRecord(number, java.time.Instant.EPOCH, 1, logistic,
                    dev.neurite.train.CallbackSettings.none(), "digits", "", List.of(), 0,
                    dev.neurite.train.TrainingListener.EndReason.COMPLETED, "done", Double.NaN, Double.NaN));
            editor.recordWeights(new dev.neurite.format.TrainedWeights(number, new byte[] {(byte) number}));
        }
        editor.loadModel(Templates.get("quick-cnn"), "New from template");
        editor.undo();
        editor.redo();
        assertEquals(List.of(1, 2, 3), List.copyOf(editor.project().kept().byRun().keySet()));
        editor.setKeepLastRuns(1);
        assertEquals(List.of(3), List.copyOf(editor.project().kept().byRun().keySet()));
        editor.undo();
        assertEquals(1, editor.project().kept().keepLastRuns(), "a project option, not an edit to undo");
    }

    @Test
    void loadingATemplateIsUndoable() {
        EditorViewModel editor = inputOnly();
        Project before = editor.project();
        editor.loadModel(Templates.get("quick-cnn"), "New from template");
        assertNotEquals(before, editor.project());
        editor.undo();
        assertEquals(before, editor.project());
    }

    @Test
    void deletingASelectedLayerWithoutReconnectingRemovesItsConnections() {
        EditorViewModel editor = editorOf(new InputLayer(TensorShape.of(4)), new Dense(4), new Dense(2));
        editor.selection().selectOnly(List.of("dense"));
        editor.deleteSelectionWithoutReconnect();
        assertFalse(editor.graph().contains("dense"));
        assertEquals(List.of(), editor.graph().node("dense_1").inputs());
    }

    @Test
    void pastedLayersKeepTheirInnerConnectionsUnderNewNames() {
        EditorViewModel editor = editorOf(new InputLayer(TensorShape.of(4)), new Dense(4), new Dense(2));
        editor.selection().selectOnly(List.of("dense", "dense_1"));
        editor.copySelection();
        editor.paste();
        assertEquals(List.of("dense_2"), editor.graph().node("dense_3").inputs());
        assertEquals(List.of(), editor.graph().node("dense_2").inputs());
        var layout = editor.project().layout();
        assertEquals(layout.get("dense").x() + NodeGeometry.PASTE_OFFSET, layout.get("dense_2").x(),
                "pasted beside the copied layers");
        assertEquals(layout.get("dense_1").y() - layout.get("dense").y(), layout.get("dense_3").y()
                - layout.get("dense_2").y(), "in their arrangement");
        assertTrue(layout.values().stream().filter(p -> p != layout.get("dense_2"))
                .noneMatch(p -> Placement.overlap(p, layout.get("dense_2"))), "over no other layer");
        assertEquals(java.util.Set.of("dense_2", "dense_3"), editor.selection().nodes());
    }

    @Test
    void keyboardAddConnectsAfterTheSelectedLayer() {
        EditorViewModel editor = inputOnly();
        editor.selection().selectOnly(List.of("input_1"));
        editor.appendLayer(LayerType.DENSE);
        assertEquals(List.of("input_1"), editor.graph().node("dense").inputs());
    }

    @Test
    void editsMakeTheProjectDirtyUntilSaved() {
        EditorViewModel editor = inputOnly();
        assertFalse(editor.dirtyProperty().get());
        editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        assertTrue(editor.dirtyProperty().get());
        editor.markSaved(editor.project());
        assertFalse(editor.dirtyProperty().get());
        editor.undo();
        assertTrue(editor.dirtyProperty().get());
    }

    @Test
    void invalidRenameIsRefusedWithoutAnEdit() {
        EditorViewModel editor = inputOnly();
        assertTrue(editor.rename("input_1", "no spaces allowed").isPresent());
        assertFalse(editor.history().canUndoProperty().get());
    }

    @Test
    void keyboardConnectsTheFirstSelectedLayerToTheSecond() {
        EditorViewModel editor = inputOnly();
        editor.addLayer(LayerType.DENSE, new NodePosition(300, 200));
        editor.selection().selectOnly(List.of("input_1"));
        editor.selection().toggle("dense");
        assertEquals(Optional.empty(), editor.connectSelected());
        assertEquals(List.of("input_1"), editor.graph().node("dense").inputs());
    }

    @Test
    void arrowKeysMoveTheSelectionAsOneEdit() {
        EditorViewModel editor = editorOf(new InputLayer(TensorShape.of(4)), new Dense(4));
        NodePosition before = editor.project().layout().get("dense");
        editor.selection().selectOnly(List.of("input_1", "dense"));
        editor.nudgeSelection(10, 0);
        assertEquals(before.plus(10, 0), editor.project().layout().get("dense"));
        editor.undo();
        assertEquals(before, editor.project().layout().get("dense"));
    }

    @Test
    void selectionListenersKeepHearingAfterGarbageCollection() {
        EditorViewModel editor = inputOnly();
        java.util.concurrent.atomic.AtomicInteger changes = new java.util.concurrent.atomic.AtomicInteger();
        editor.selection().nodes().addListener((javafx.collections.SetChangeListener<String>) c -> changes
                .incrementAndGet());
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        editor.selection().selectOnly(List.of("input_1"));
        assertTrue(changes.get() > 0);
    }
}
