package dev.neurite.ui.editor;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.graph.ModelGraph;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UndoHistoryTest {

    private static final Project A = Project.of(new ModelDefinition(ModelGraph.empty(), CompileSettings.defaults(),
            FitSettings.defaults(), null));
    private static final Project B = A.withDataset("mnist");

    @Test
    void labelsNameTheEditsUndoAndRedoWouldTouch() {
        UndoHistory history = new UndoHistory();
        history.record(new Edit("Add Dense", A, B));
        assertEquals("Add Dense", history.undoLabelProperty().get());
        history.undo();
        assertEquals("Add Dense", history.redoLabelProperty().get());
        assertEquals("", history.undoLabelProperty().get());
    }

    @Test
    void oldestEditsAreDroppedBeyondTheLimit() {
        UndoHistory history = new UndoHistory();
        for (int i = 0; i < UndoHistory.LIMIT + 10; i++) {
            history.record(new Edit("edit " + i, A, B));
        }
        int undone = 0;
        while (history.undo().isPresent()) {
            undone++;
        }
        assertEquals(UndoHistory.LIMIT, undone);
        assertTrue(history.canRedoProperty().get());
    }
}
