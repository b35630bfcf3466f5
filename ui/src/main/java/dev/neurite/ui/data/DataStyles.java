package dev.neurite.ui.data;

/** Style classes of the Data place, defined in {@code data.css} beside these classes. */
final class DataStyles {

    static final String VIEW = "data-view";
    static final String SIDE = "data-side";
    static final String SECTION = "data-section";
    static final String HEADING = "data-heading";
    static final String TENSOR = "tensor-line";
    static final String NOTE = "data-note";
    static final String CODE = "data-code";
    static final String BAR = "class-bar";
    static final String BAR_BOX = "class-bar-box";
    static final String BARS = "class-bars";
    static final String CHOSEN = "chosen";
    static final String TILE = "sample-tile";
    static final String TILE_TEXT = "sample-tile-text";
    static final String SPLIT_TRAIN = "split-train";
    static final String SPLIT_VALIDATION = "split-validation";
    static final String SPLIT_TEST = "split-test";
    static final String SPLIT_BAR = "split-bar";
    static final String ONE_HOT = "one-hot";
    static final String ONE_HOT_CELL = "one-hot-cell";
    static final String HOT = "hot";
    static final String MATRIX = "pixel-matrix";
    static final String PREVIEW = "augmentation-preview";
    static final String TOOLBAR = "data-toolbar";

    private DataStyles() {
    }
}
