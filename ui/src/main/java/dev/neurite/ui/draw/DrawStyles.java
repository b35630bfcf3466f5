package dev.neurite.ui.draw;

/** Style classes of the drawing views, defined in {@code draw.css} beside this package's classes. */
public final class DrawStyles {

    public static final String STYLESHEET = "draw.css";

    public static final String VIEW = "draw-view";
    public static final String CANVAS = "drawing-canvas";
    public static final String CANVAS_HINT = "canvas-hint";
    public static final String BARS = "probability-bars";
    public static final String BAR_ROW = "bar-row";
    public static final String BAR_TRACK = "bar-track";
    public static final String BAR_FILL = "bar-fill";
    public static final String BAR_VALUE = "bar-value";
    public static final String BAR_CLASS = "bar-class";
    public static final String RANK_BADGE = "rank-badge";
    /** {@code rank-1} .. {@code rank-3} mark the three most probable classes. */
    public static final String RANK_PREFIX = "rank-";
    public static final String STEPS = "network-sees";
    public static final String STEP = "step";
    public static final String STEP_IMAGE = "step-image";
    public static final String CAPTION = "caption";
    public static final String WARNING = "draw-warning";
    public static final String MUTED = "muted";
    public static final String SECTION_TITLE = "section-title";

    private DrawStyles() {
    }

    /** The style class of rank {@code rank} (1-based). */
    public static String rank(int rank) {
        return RANK_PREFIX + rank;
    }
}
