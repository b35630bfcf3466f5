package dev.neurite.ui.editor.canvas;

/** The CSS classes of the canvas, defined in {@code canvas.css} beside this class. */
final class CanvasStyles {

    static final String CANVAS = "model-canvas";
    /** Everything drawn in canvas units (nodes, wires, hints): its text size is in canvas units too. */
    static final String WORLD = "canvas-world";
    static final String NODE = "layer-node";
    static final String NODE_SELECTED = "selected";
    static final String NODE_ERROR = "has-error";
    static final String NODE_WARNING = "has-warning";
    static final String NODE_NAME = "node-name";
    static final String NODE_TYPE = "node-type";
    static final String NODE_SHAPE = "node-shape";
    static final String NODE_PARAMS = "node-params";
    static final String NODE_BADGE = "node-badge";
    static final String PORT = "port";
    static final String PORT_IN = "port-in";
    static final String PORT_OUT = "port-out";
    static final String EDGE = "edge";
    static final String EDGE_HIT = "edge-hit";
    static final String EDGE_SELECTED = "selected";
    static final String DRAFT_EDGE = "draft-edge";
    static final String DRAFT_REFUSED = "refused";
    static final String HINT = "canvas-hint";
    static final String HINT_REFUSED = "refused";
    static final String MARQUEE = "marquee";
    static final String GHOST = "drop-ghost";
    static final String EMPTY = "canvas-empty";

    private CanvasStyles() {
    }
}
