package dev.neurite.ui.evaluation;

import dev.neurite.eval.ClassScores;
import dev.neurite.eval.Evaluation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.Locale;

/**
 * Precision, recall, F1 and support per class, as scikit-learn's classification report, beside the confusion
 * matrix. JavaFX thread only.
 */
public final class ClassScoresView extends GridPane {

    private static final String[] HEADERS = {"class", "precision", "recall", "F1", "support"};
    private static final String[] EXPLANATIONS = {
        "The digit.",
        "Of the test images the model called this digit, the share that really are (column's diagonal / column).",
        "Of the test images of this digit, the share the model found (row's diagonal / row).",
        "The harmonic mean of precision and recall: high only when both are.",
        "How many test images of this digit there are.",
    };

    public ClassScoresView() {
        getStyleClass().add(EvaluationStyles.SCORES);
        setId("class-scores");
    }

    /** Shows {@code evaluation}'s per-class scores, or nothing for null. */
    public void show(Evaluation evaluation) {
        getChildren().clear();
        if (evaluation == null) {
            return;
        }
        for (int i = 0; i < HEADERS.length; i++) {
            Label header = new Label(HEADERS[i]);
            header.getStyleClass().add(EvaluationStyles.SCORES_HEADER);
            header.setTooltip(new Tooltip(EXPLANATIONS[i]));
            header.setMinWidth(Region.USE_PREF_SIZE);
            add(header, i, 0);
        }
        int row = 1;
        for (ClassScores scores : evaluation.perClass()) {
            add(number(Integer.toString(scores.label())), 0, row);
            add(number(percent(scores.precision())), 1, row);
            add(number(percent(scores.recall())), 2, row);
            add(number(percent(scores.f1())), 3, row);
            add(number(Integer.toString(scores.support())), 4, row);
            row++;
        }
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static Label number(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(EvaluationStyles.NUMBER);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
