package dev.neurite.ui.editor.panels;

import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;

/**
 * The Keras summary of the model, exactly the core's {@code model.summary()} text in a monospace font, updated
 * with every edit. JavaFX thread only.
 */
public final class SummaryView extends StackPane {

    static final String SUMMARY = "keras-summary";

    public SummaryView(EditorViewModel editor) {
        Stylesheets.add(this, SummaryView.class, "panels.css");
        TextArea text = new TextArea();
        text.setId("summary");
        text.setEditable(false);
        text.setWrapText(false);   // a table: scroll sideways rather than break its rows
        text.getStyleClass().add(SUMMARY);
        text.textProperty().bind(editor.summaryProperty());
        text.setAccessibleText("Keras model summary");
        getChildren().add(text);
    }
}
