package dev.neurite.ui.draw;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Locale;

/**
 * Ten horizontal bars, one per class, each with its probability; the three most probable classes are called out
 * with a badge ("1st", "2nd", "3rd") and the {@code rank-n} style classes. JavaFX thread only.
 */
public final class ProbabilityBars extends GridPane {

    private static final String[] BADGES = {"1st", "2nd", "3rd"};

    private final Region[] fills;
    private final Label[] values;
    private final Label[] badges;
    private final StackPane[] rows;
    private float[] shown;

    /** Bars for {@code classes} classes named by their index. */
    public ProbabilityBars(int classes) {
        getStyleClass().add(DrawStyles.BARS);
        fills = new Region[classes];
        values = new Label[classes];
        badges = new Label[classes];
        rows = new StackPane[classes];
        for (int c = 0; c < classes; c++) {
            addRow(c);
        }
        setProbabilities(null);
    }

    private void addRow(int c) {
        Label name = new Label(Integer.toString(c));
        name.getStyleClass().add(DrawStyles.BAR_CLASS);
        Region fill = new Region();
        fill.getStyleClass().add(DrawStyles.BAR_FILL);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(DrawStyles.BAR_TRACK);
        track.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        GridPane.setHgrow(track, Priority.ALWAYS);
        Label value = new Label();
        value.getStyleClass().add(DrawStyles.BAR_VALUE);
        value.setId("probability-" + c);
        value.setMinWidth(Region.USE_PREF_SIZE);
        Label badge = new Label();
        badge.getStyleClass().add(DrawStyles.RANK_BADGE);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(track, new Tooltip("The probability the model gives class " + c
                + " (the softmax output, as Keras's model.predict returns it)."));
        fills[c] = fill;
        values[c] = value;
        badges[c] = badge;
        rows[c] = track;
        addRow(c, name, track, value, badge);
    }

    /** Shows {@code probabilities} (one per class), or empty bars for null. */
    public void setProbabilities(float[] probabilities) {
        shown = probabilities == null ? null : probabilities.clone();
        List<Integer> top = DigitPrediction.ranking(probabilities, BADGES.length);
        for (int c = 0; c < fills.length; c++) {
            double p = probabilities == null || c >= probabilities.length ? 0 : probabilities[c];
            StackPane track = rows[c];
            fills[c].prefWidthProperty().bind(track.widthProperty().subtract(2).multiply(p));
            fills[c].setVisible(p >= 0.0005);
            values[c].setText(probabilities == null ? "\u2013" : String.format(Locale.ROOT, "%.1f%%", p * 100));
            int rank = top.indexOf(c);
            badges[c].setText(rank < 0 ? "" : BADGES[rank]);
            for (int r = 1; r <= BADGES.length; r++) {
                fills[c].getStyleClass().remove(DrawStyles.rank(r));
                badges[c].getStyleClass().remove(DrawStyles.rank(r));
            }
            if (rank >= 0) {
                fills[c].getStyleClass().add(DrawStyles.rank(rank + 1));
                badges[c].getStyleClass().add(DrawStyles.rank(rank + 1));
            }
        }
    }

    /** The probabilities shown, or null. */
    public float[] probabilities() {
        return shown == null ? null : shown.clone();
    }

    /** The text shown for class {@code c} (e.g. "97.3%"). */
    public String valueText(int c) {
        return values[c].getText();
    }
}
