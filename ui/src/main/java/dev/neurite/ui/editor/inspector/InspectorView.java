package dev.neurite.ui.editor.inspector;

import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelSummary;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.WeightSpec;
import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.ArrayList;
import java.util.List;

/**
 * The inspector: the selected layer's name and arguments in a property sheet (each change an undoable edit), what
 * the layer does, and how its parameters are counted. JavaFX thread only.
 */
public final class InspectorView extends VBox {

    static final String INSPECTOR = "inspector";
    static final String TITLE = "inspector-title";
    static final String TEXT = "inspector-text";
    static final String ERROR = "inspector-error";
    static final String NAME_ROW = "inspector-name";
    private static final String ARGUMENTS = "Arguments";

    private final EditorViewModel editor;
    private final Label title = new Label();
    private final Label description = new Label();
    private final Label weights = new Label();
    private final Label error = new Label();
    private final PropertySheet sheet = new PropertySheet();
    private final HBox nameRow = new HBox(8);
    private LayerNode shown;

    public InspectorView(EditorViewModel editor) {
        this.editor = editor;
        getStyleClass().add(INSPECTOR);
        Stylesheets.add(this, InspectorView.class, "inspector.css");
        setId("inspector");
        title.getStyleClass().add(TITLE);
        for (Label label : new Label[] {description, weights, error}) {
            label.getStyleClass().add(TEXT);
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        error.getStyleClass().add(ERROR);
        error.setId("inspector-error");
        error.setGraphic(dev.neurite.ui.common.Icons.of(org.kordamp.ikonli.feather.Feather.ALERT_CIRCLE));
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setPropertyEditorFactory(InspectorView::editorFor);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        nameRow.getStyleClass().add(NAME_ROW);
        nameRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(title, description, nameRow, error, sheet, weights);
        editor.selection().primaryProperty().addListener((obs, old, name) -> refresh());
        editor.analysisProperty().addListener((obs, old, analysis) -> refresh());
        refresh();
    }

    private static PropertyEditor<?> editorFor(PropertySheet.Item item) {
        if (item.getType() == String.class) {
            return new CommitTextEditor(item);
        }
        if (item.getType().isEnum()) {
            return new EnumEditor(item);
        }
        PropertyEditor<?> editor = new DefaultPropertyEditorFactory().call(item);
        editor.getEditor().setId("property-" + item.getName());
        return editor;
    }

    private void refresh() {
        String name = editor.selection().primaryProperty().get();
        if (name == null || !editor.graph().contains(name)) {
            shown = null;
            title.setText("No layer selected");
            description.setText(editor.selection().nodes().size() > 1
                    ? editor.selection().nodes().size() + " layers are selected; select one to edit it."
                    : "Select a layer on the canvas to see and change its arguments.");
            weights.setText("");
            error.setVisible(false);
            error.setManaged(false);
            sheet.getItems().clear();
            nameRow.getChildren().clear();
            return;
        }
        LayerNode node = editor.graph().node(name);
        NodeInfo info = editor.analysisProperty().get().node(name);
        title.setText(name + " \u2014 " + node.layer().kerasClassName());
        description.setText(node.layer().type().description());
        weights.setText(weightsText(info));
        if (!node.equals(shown)) {
            shown = node;
            error.setVisible(false);
            error.setManaged(false);
            sheet.getItems().setAll(items(node));
            showName(node);
        }
    }

    private void showName(LayerNode node) {
        ArgumentItem item = new ArgumentItem(ARGUMENTS, "name", "The layer's unique name, as Keras's name=",
                String.class, node.name(), value -> later(() -> editor.rename(node.name(), (String) value)
                        .ifPresent(this::showError)));
        CommitTextEditor field = new CommitTextEditor(item);
        field.setValue(node.name());
        Label label = new Label("name");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(field.getEditor());
        HBox.setHgrow(field.getEditor(), Priority.ALWAYS);
        nameRow.getChildren().setAll(label, field.getEditor());
    }

    private List<PropertySheet.Item> items(LayerNode node) {
        List<PropertySheet.Item> items = new ArrayList<>();
        for (LayerArguments.Argument argument : LayerArguments.of(node.layer())) {
            items.add(new ArgumentItem(ARGUMENTS, argument.kerasName(), argument.kerasName() + ": "
                    + argument.hint(), argument.editType(), argument.value(),
                    value -> later(() -> change(node, argument.kerasName(), value))));
        }
        return items;
    }

    /** Edits rebuild the sheet, so they run after the editor that fired them has finished its event. */
    private static void later(Runnable change) {
        Platform.runLater(change);
    }

    private void change(LayerNode node, String argument, Object value) {
        try {
            LayerConfig changed = LayerArguments.with(node.layer(), argument, value);
            editor.replaceLayer(node.name(), changed);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
    }

    private static String weightsText(NodeInfo info) {
        if (!info.hasShape()) {
            return "Parameters: unknown until the layer's input shape is known.";
        }
        if (info.weights().isEmpty()) {
            return "Parameters: none; this layer has no weights.";
        }
        StringBuilder text = new StringBuilder("Parameters: ");
        for (WeightSpec weight : info.weights()) {
            text.append("\n  ").append(weight.name()).append(' ').append(weight.shape().toPythonTuple())
                    .append(" = ").append(ModelSummary.thousands(weight.size()))
                    .append(weight.trainable() ? "" : " (not trained)");
        }
        text.append("\n  total ").append(ModelSummary.thousands(info.parameters().total()));
        return text.toString();
    }
}
