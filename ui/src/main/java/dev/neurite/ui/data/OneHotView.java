package dev.neurite.ui.data;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import java.util.List;

/**
 * A one-hot vector as a row of boxes: the class index above, the value (0 or 1) inside, the 1 marked. JavaFX thread
 * only.
 */
final class OneHotView extends GridPane {

    private static final PseudoClass HOT = PseudoClass.getPseudoClass(DataStyles.HOT);

    OneHotView() {
        getStyleClass().add(DataStyles.ONE_HOT);
        setId("one-hot");
        setHgap(2);
        setVgap(2);
    }

    /** Shows {@code vector} for classes {@code classNames}; empty for an empty vector. */
    void show(float[] vector, List<String> classNames) {
        getChildren().clear();
        for (int c = 0; c < vector.length; c++) {
            Label index = new Label(Integer.toString(c));
            index.getStyleClass().add(DataStyles.NOTE);
            Label value = new Label(vector[c] == 1f ? "1" : "0");
            value.getStyleClass().add(DataStyles.ONE_HOT_CELL);
            value.setId("one-hot-" + c);
            value.setAlignment(Pos.CENTER);
            value.pseudoClassStateChanged(HOT, vector[c] == 1f);
            value.setTooltip(new Tooltip("Class " + c + " (" + classNames.get(c) + "): " + (vector[c] == 1f
                    ? "1, the label" : "0")));
            GridPane.setHalignment(index, javafx.geometry.HPos.CENTER);
            add(index, c, 0);
            add(value, c, 1);
        }
    }
}
