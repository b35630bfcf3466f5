package dev.neurite.ui.editor.inspector;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * A text editor for the property sheet that commits on Enter or when it loses focus (not on every keystroke, so
 * that typing "128" is one edit, not three) and restores the value on Escape. JavaFX thread only.
 */
final class CommitTextEditor implements PropertyEditor<String> {

    private final TextField field = new TextField();
    private final PropertySheet.Item item;
    private String committed;

    CommitTextEditor(PropertySheet.Item item) {
        this.item = item;
        field.setId("property-" + item.getName());
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && field.getScene() != null) {
                commit();
            }
        });
        field.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                setValue(String.valueOf(item.getValue()));
            }
        });
    }

    /** Hands a changed text to the item once; the sheet is rebuilt afterwards, so this editor is then stale. */
    private void commit() {
        String text = field.getText();
        if (!text.equals(String.valueOf(item.getValue())) && !text.equals(committed)) {
            committed = text;
            item.setValue(text);
        }
    }

    @Override
    public Node getEditor() {
        return field;
    }

    @Override
    public String getValue() {
        return field.getText();
    }

    @Override
    public void setValue(String value) {
        field.setText(value);
    }
}
