package dev.neurite.ui.data;

import dev.neurite.data.inspect.TensorInfo;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Arrays as the lessons print them, one row each: the name, then its shape, dtype and values. In a narrow panel (a
 * small window, large text) the rest of a row wraps under itself, beside the name, instead of being cut: the dtype
 * and the one-hot note stay in sight and a wrapped part cannot be taken for another array. Hovering shows the lines
 * as printed. JavaFX thread only.
 */
public final class TensorLines extends GridPane {

    private final Tooltip whole = new Tooltip();
    private String text = "";

    TensorLines(String id) {
        setId(id);
        getStyleClass().add(DataStyles.TENSOR);
        setMinHeight(Region.USE_PREF_SIZE);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(names, rest);
    }

    /** Shows {@code tensors}, one row each; none clears the view. */
    void show(List<TensorInfo> tensors) {
        getChildren().clear();
        for (int i = 0; i < tensors.size(); i++) {
            TensorInfo tensor = tensors.get(i);
            Label name = code(tensor.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label rest = code(tensor.text().substring(tensor.name().length() + 1));
            rest.setWrapText(true);
            GridPane.setValignment(name, VPos.TOP);
            GridPane.setValignment(rest, VPos.TOP);
            addRow(i, name, rest);
        }
        text = tensors.stream().map(TensorInfo::text).collect(Collectors.joining("\n"));
        whole.setText(text);
        if (text.isEmpty()) {
            Tooltip.uninstall(this, whole);
        } else {
            Tooltip.install(this, whole);
        }
    }

    /** The lines as the lessons print them ({@code x_train (4000, 28, 28) uint8}), one per array. */
    public String text() {
        return text;
    }

    private static Label code(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(DataStyles.CODE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
