package dev.neurite.ui.editor;

/**
 * The size of a node on the canvas and the spacing of the automatic layout, in canvas units. Shared by the
 * view-model (which places nodes) and the canvas (which draws them) so that both agree.
 */
public final class NodeGeometry {

    /** A node's width. */
    public static final double WIDTH = 210;
    /** A node's height. */
    public static final double HEIGHT = 92;
    /** Horizontal space between nodes of one row of the automatic layout. */
    public static final double COLUMN_GAP = 40;
    /** Vertical distance between the tops of two rows of the automatic layout. */
    public static final double ROW = HEIGHT + 46;
    /** Where the automatic layout starts. */
    public static final double MARGIN = 40;
    /** How far pasted nodes are moved from the copied ones. */
    public static final double PASTE_OFFSET = 30;

    private NodeGeometry() {
    }
}
