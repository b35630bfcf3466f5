package dev.neurite.ui.editor.panels;

import dev.neurite.graph.Diagnostic;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

import java.util.List;

/**
 * The model's problems: each with an icon and the words "Error" or "Warning" (never colour alone), the message,
 * and the fix it offers as a button. Selecting a problem selects its layer on the canvas. JavaFX thread only.
 */
public final class IssuesView extends StackPane {

    static final String ISSUE = "issue";
    static final String ISSUE_ERROR = "issue-error";
    static final String ISSUE_WARNING = "issue-warning";
    static final String SEVERITY = "issue-severity";
    static final String MESSAGE = "issue-message";
    static final String NO_ISSUES = "no-issues";
    /** Room the list's padding and scroll bar take beside a message. */
    private static final double MESSAGE_INSET = 40;

    public IssuesView(EditorViewModel editor) {
        Stylesheets.add(this, IssuesView.class, "panels.css");
        ListView<Diagnostic> list = new ListView<>(editor.diagnostics());
        list.setId("issues");
        Label none = new Label("No problems: the model can be trained.", Icons.of(Feather.CHECK_CIRCLE));
        none.getStyleClass().add(NO_ISSUES);
        none.setWrapText(true);
        list.setPlaceholder(none);
        list.setCellFactory(view -> new IssueCell(editor, view));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, diagnostic) -> {
            if (diagnostic != null && diagnostic.node() != null && editor.graph().contains(diagnostic.node())) {
                editor.selection().selectOnly(List.of(diagnostic.node()));
            }
        });
        getChildren().add(list);
    }

    /** One problem. */
    private static final class IssueCell extends ListCell<Diagnostic> {
        private final EditorViewModel editor;
        private final Label severity = new Label();
        private final Label message = new Label();
        private final Button fix = new Button();
        private final Region spacer = new Region();
        private final VBox row = new VBox(4, new HBox(8, severity, spacer, fix), message);

        IssueCell(EditorViewModel editor, ListView<Diagnostic> list) {
            this.editor = editor;
            severity.getStyleClass().add(SEVERITY);
            severity.setMinWidth(USE_PREF_SIZE);
            message.getStyleClass().add(MESSAGE);
            message.setWrapText(true);
            message.prefWidthProperty().bind(list.widthProperty().subtract(MESSAGE_INSET));
            message.setMinHeight(USE_PREF_SIZE);
            HBox.setHgrow(spacer, Priority.ALWAYS);
            fix.setGraphic(Icons.of(Feather.TOOL));
            fix.setMinWidth(USE_PREF_SIZE);
            fix.getStyleClass().add("fix-button");
            row.getStyleClass().add(ISSUE);
            setText(null);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Diagnostic diagnostic, boolean empty) {
            super.updateItem(diagnostic, empty);
            row.getStyleClass().removeAll(ISSUE_ERROR, ISSUE_WARNING);
            if (empty || diagnostic == null) {
                setGraphic(null);
                return;
            }
            boolean error = diagnostic.isError();
            row.getStyleClass().add(error ? ISSUE_ERROR : ISSUE_WARNING);
            severity.setText(error ? "Error" : "Warning");
            severity.setGraphic(Icons.of(error ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE));
            StringBuilder text = new StringBuilder(diagnostic.node() == null ? "" : diagnostic.node() + ": ")
                    .append(diagnostic.message());
            diagnostic.consequences().forEach(c -> text.append("\nBecause of this: ").append(c));
            message.setText(text.toString());
            fix.setVisible(diagnostic.fix() != null);
            fix.setManaged(diagnostic.fix() != null);
            if (diagnostic.fix() != null) {
                fix.setText(diagnostic.fix().label());
                fix.setId("fix-" + diagnostic.node());
                fix.setOnAction(event -> editor.applyFix(diagnostic));
            }
            setGraphic(row);
        }
    }
}
