package dev.neurite.ui.editor;

import dev.neurite.format.Project;

/**
 * One undoable edit of the project, as a command object: redoing it restores {@code after}, undoing it restores
 * {@code before}. Both are immutable snapshots, so undo and redo give back exactly the project that was.
 *
 * @param label  what the edit did, for the Undo and Redo menu items, e.g. "Add Dense"
 * @param before the project before the edit
 * @param after  the project after it
 */
public record Edit(String label, Project before, Project after) {

    public Edit {
        if (label == null || before == null || after == null) {
            throw new IllegalArgumentException("An edit needs a label and both projects");
        }
    }
}
