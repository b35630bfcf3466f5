package dev.neurite.ui.editor.palette;

import dev.neurite.layers.LayerType;

/** Where palette entries go: dragged onto a point of the scene, or added from the keyboard. JavaFX thread only. */
public interface LayerDropTarget {

    /** The pointer is at a scene point while an entry is dragged. */
    void previewDrop(double sceneX, double sceneY);

    /** The entry was released at a scene point; true if it was added there. */
    boolean drop(LayerType type, double sceneX, double sceneY);

    /** The drag ended elsewhere. */
    void cancelDrop();

    /** Enter on an entry: add it after the selected layer. */
    void addFromKeyboard(LayerType type);
}
