package dev.neurite.ui.editor.inspector;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.Arrays;
import java.util.Locale;

/**
 * A choice among an enum's values, shown by Keras's lower-case names ({@code relu}, {@code same},
 * {@code glorot_uniform}); a choice commits at once. JavaFX thread only.
 */
final class EnumEditor implements PropertyEditor<Object> {

    private final ComboBox<Object> box = new ComboBox<>();

    EnumEditor(PropertySheet.Item item) {
        box.setId("property-" + item.getName());
        box.getItems().setAll(Arrays.asList(item.getType().getEnumConstants()));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Object value) {
                return value == null ? "" : ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
            }

            @Override
            public Object fromString(String text) {
                return null;
            }
        });
        box.setValue(item.getValue());
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(item.getValue())) {
                item.setValue(now);
            }
        });
    }

    @Override
    public Node getEditor() {
        return box;
    }

    @Override
    public Object getValue() {
        return box.getValue();
    }

    @Override
    public void setValue(Object value) {
        box.setValue(value);
    }
}
