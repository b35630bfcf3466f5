package dev.neurite.ui.editor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The undo and redo stacks of {@link Edit}s. Recording an edit clears the redo stack; the oldest edits are dropped
 * beyond {@link #LIMIT}.
 *
 * <p>Not thread-safe: used on the JavaFX application thread (or one test thread).
 */
public final class UndoHistory {

    /** How many edits are kept. */
    public static final int LIMIT = 500;

    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");

    // ---- Properties -----------------------------------------------------------------------------------------------

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The label of the edit Undo would revert, or empty. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    /** The label of the edit Redo would repeat, or empty. */
    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    // ---- Commands -------------------------------------------------------------------------------------------------

    /** Records a done edit. */
    public void record(Edit edit) {
        undo.push(edit);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    /** Takes the last edit off the undo stack onto the redo stack; empty if there is none. */
    public Optional<Edit> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = undo.pop();
        redo.push(edit);
        update();
        return Optional.of(edit);
    }

    /** Takes the last undone edit back onto the undo stack; empty if there is none. */
    public Optional<Edit> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = redo.pop();
        undo.push(edit);
        update();
        return Optional.of(edit);
    }

    /** Forgets every edit, e.g. after opening another project. */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }
}
