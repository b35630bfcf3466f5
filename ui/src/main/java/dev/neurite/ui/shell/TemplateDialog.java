package dev.neurite.ui.shell;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * "New from Template": the templates with their titles; the selected one's description is shown beside the list.
 * JavaFX thread only.
 */
final class TemplateDialog {

    private TemplateDialog() {
    }

    static Optional<ModelDefinition> choose(Window owner) {
        Dialog<ModelDefinition> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New from Template");
        dialog.setHeaderText("Start from a model of the Keras tutorials");
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);

        ListView<ModelDefinition> list = new ListView<>();
        list.setId("template-list");
        list.getItems().setAll(Templates.all());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ModelDefinition item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.template().title());
            }
        });
        list.setPrefSize(330, 300);   // the longest title ("MLP: two hidden layers with Dropout") unclipped
        Label description = new Label();
        description.setId("template-description");
        description.setWrapText(true);
        description.setPrefWidth(340);
        description.getStyleClass().add("template-description");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                description.setText(item == null ? "" : item.template().description() + "\n\n"
                        + item.graph().size() + " layers, " + dev.neurite.graph.ModelSummary.thousands(
                        item.graph().analyze().totalParameters().total()) + " parameters."));
        list.getSelectionModel().selectFirst();
        dialog.getDialogPane().setContent(new HBox(16, list, new VBox(description)));
        dialog.getDialogPane().lookupButton(create).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == create ? list.getSelectionModel().getSelectedItem() : null);
        // A double-click on a template, or Enter in the list, creates it at once.
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER
                    && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        list.requestFocus();
        return dialog.showAndWait();
    }
}
