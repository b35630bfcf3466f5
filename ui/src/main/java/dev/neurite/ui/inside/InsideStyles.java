package dev.neurite.ui.inside;

/** Style classes of the "Inside the network" panel, defined in {@code inside.css} beside this package's classes. */
public final class InsideStyles {

    public static final String STYLESHEET = "inside.css";

    public static final String VIEW = "inside-view";
    public static final String HEADER = "inside-header";
    public static final String FOCUS = "inside-focus";
    public static final String LAYERS = "inside-layers";
    public static final String LAYER = "layer-panel";
    public static final String LAYER_TITLE = "layer-title";
    public static final String LEGEND = "layer-legend";
    public static final String MAPS = "feature-maps";
    public static final String MAP = "feature-map";
    public static final String STRIP = "unit-strip";
    public static final String EXPLANATION = "explanation";
    public static final String POINTER = "pointer-value";
    public static final String EMPTY = "inside-empty";
    public static final String TITLE = "section-title";
    public static final String MUTED = "muted";

    private InsideStyles() {
    }
}
