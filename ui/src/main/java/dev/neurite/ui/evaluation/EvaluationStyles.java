package dev.neurite.ui.evaluation;

/** Style classes of the evaluation views, defined in {@code evaluation.css} beside this package's classes. */
public final class EvaluationStyles {

    public static final String STYLESHEET = "evaluation.css";

    public static final String VIEW = "evaluation-view";
    public static final String MATRIX = "confusion-matrix";
    public static final String CELL = "matrix-cell";
    public static final String CELL_COUNT = "cell-count";
    public static final String CELL_PERCENT = "cell-percent";
    public static final String SELECTED_CELL = "selected-cell";
    public static final String AXIS_TITLE = "axis-title";
    public static final String AXIS_LABEL = "axis-label";
    public static final String SCORES = "class-scores";
    public static final String SCORES_HEADER = "scores-header";
    public static final String NUMBER = "number";
    public static final String GALLERY = "gallery";
    public static final String TILE = "gallery-tile";
    /** A pseudo-class of tiles, not a style class: {@code .gallery-tile:mistake}. */
    public static final String TILE_MISTAKE = "mistake";
    /** A pseudo-class of tiles: {@code .gallery-tile:chosen}, the tile whose probabilities are shown. */
    public static final String TILE_CHOSEN = "chosen";
    public static final String TILE_TEXT = "tile-text";
    public static final String DETAILS = "gallery-details";
    public static final String STATUS = "evaluation-status";
    public static final String EMPTY_STATE = "empty-state";

    private EvaluationStyles() {
    }
}
