package dev.neurite.ui.train;

/** The Train place's style classes, defined in {@code train.css} beside this class. */
final class TrainStyles {

    static final String STYLESHEET = "train.css";
    static final String PLACE = "train-place";
    static final String SECTION = "train-section";
    static final String SECTION_TITLE = "train-section-title";
    static final String FORM = "train-form";
    static final String CONTROLS = "train-controls";
    static final String CHART_TOOLBAR = "train-chart-toolbar";
    static final String NOTE = "train-note";
    static final String PROGRESS = "train-progress";
    static final String STATUS = "train-status";
    static final String COACH_CARD = "coach-card";
    static final String COACH_TITLE = "coach-title";
    static final String COACH_EMPTY = "coach-empty";
    static final String DIFF_CHANGED = "diff-changed";
    static final String SIDE = "train-side";
    static final String DEAD_UNITS = "dead-units";

    private TrainStyles() {
    }
}
