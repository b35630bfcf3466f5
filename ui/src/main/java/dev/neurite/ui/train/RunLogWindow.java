package dev.neurite.ui.train;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window with a run's Keras-style text log in a read-only, selectable text area and a Copy button; the text
 * follows {@code text} (a running run's log grows). JavaFX thread.
 */
final class RunLogWindow {

    private RunLogWindow() {
    }

    /** Opens the window for {@code title}'s log, owned by {@code owner} (may be null). Returns the text area. */
    static TextArea show(Window owner, String title, ObservableValue<String> text) {
        TextArea area = new TextArea();
        area.setId("run-log-text");
        area.setEditable(false);
        area.setWrapText(false);
        area.setFont(Font.font("monospace", 12));
        area.textProperty().bind(text);
        area.textProperty().addListener((obs, old, now) -> area.positionCaret(now == null ? 0 : now.length()));
        Button copy = new Button("Copy");
        copy.setId("run-log-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(area.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Label heading = new Label(title);
        heading.setWrapText(true);
        HBox bottom = new HBox(8, copy);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(area, heading, null, bottom, null);
        BorderPane.setMargin(heading, new Insets(0, 0, 6, 0));
        BorderPane.setMargin(bottom, new Insets(6, 0, 0, 0));
        root.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.setTitle("Log of " + title);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(new Scene(root, 760, 360));
        stage.show();
        return area;
    }
}
