package dev.neurite.ui.evaluation;

/**
 * Maps a cell's row fraction to one of ten style classes {@code heat-0} .. {@code heat-9}, whose colours in
 * {@code evaluation.css} are viridis samples (perceptually uniform and readable with the common colour-vision
 * deficiencies), each with a text colour of sufficient contrast; empty cells get {@code heat-empty}. Stateless.
 */
public final class HeatScale {

    /** Number of colour steps. */
    public static final int STEPS = 10;
    public static final String EMPTY = "heat-empty";

    private HeatScale() {
    }

    /** The style class of a cell holding {@code count} images, a {@code fraction} in [0, 1] of its row. */
    public static String styleClass(int count, double fraction) {
        if (count == 0) {
            return EMPTY;
        }
        int step = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * STEPS);
        return "heat-" + Math.min(STEPS - 1, step);
    }
}
