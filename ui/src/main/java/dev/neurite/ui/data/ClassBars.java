package dev.neurite.ui.data;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The samples per class as bars (height to scale, the count above, the class below); a click on a bar shows only
 * that class in the grid, a second click all again. JavaFX thread only.
 */
final class ClassBars extends HBox {

    static final double HEIGHT = 64;
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass(DataStyles.CHOSEN);

    private final IntConsumer onClick;

    ClassBars(IntConsumer onClick) {
        super(4);
        this.onClick = onClick;
        getStyleClass().add(DataStyles.BARS);
        setAlignment(Pos.BOTTOM_LEFT);
        setId("class-bars");
    }

    /** Shows {@code counts} (index = label) named by {@code classNames}, with {@code chosen} marked (-1: none). */
    void show(int[] counts, List<String> classNames, int chosen) {
        getChildren().clear();
        int largest = 1;
        for (int count : counts) {
            largest = Math.max(largest, count);
        }
        for (int label = 0; label < counts.length; label++) {
            Region bar = new Region();
            bar.getStyleClass().add(DataStyles.BAR);
            double height = Math.max(2, HEIGHT * counts[label] / largest);
            bar.setMinHeight(height);
            bar.setPrefHeight(height);
            bar.setMaxHeight(height);
            bar.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(String.format(Locale.ROOT, "%,d", counts[label]));
            count.getStyleClass().add(DataStyles.NOTE);
            String name = classNames.get(label);
            Label title = new Label(name.length() > 8 ? name.substring(0, 7) + "\u2026" : name);
            VBox box = new VBox(2, count, bar, title);
            box.setAlignment(Pos.BOTTOM_CENTER);
            box.getStyleClass().add(DataStyles.BAR_BOX);
            box.setId("class-bar-" + label);
            box.pseudoClassStateChanged(CHOSEN, label == chosen);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(90);
            int clicked = label;
            box.setOnMouseClicked(e -> onClick.accept(clicked));
            Tooltip.install(box, new Tooltip(String.format(Locale.ROOT, "%,d samples of class %s; click to show only "
                    + "them", counts[label], name)));
            getChildren().add(box);
        }
    }
}
