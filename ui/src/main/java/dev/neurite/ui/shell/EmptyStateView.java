package dev.neurite.ui.shell;

import dev.neurite.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

/** A place that has nothing to show yet: an icon, a title and what to do next. JavaFX thread only. */
final class EmptyStateView extends VBox {

    static final String EMPTY_STATE = "empty-state";
    static final String EMPTY_TITLE = "empty-state-title";
    static final String EMPTY_TEXT = "empty-state-text";

    EmptyStateView(Ikon icon, String title, String text) {
        super(12);
        getStyleClass().add(EMPTY_STATE);
        setAlignment(Pos.CENTER);
        Label heading = new Label(title);
        heading.getStyleClass().add(EMPTY_TITLE);
        Label body = new Label(text);
        body.getStyleClass().add(EMPTY_TEXT);
        body.setWrapText(true);
        getChildren().addAll(Icons.of(icon, "empty-state-icon"), heading, body);
    }
}
