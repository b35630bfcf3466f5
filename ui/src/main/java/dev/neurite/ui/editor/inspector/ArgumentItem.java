package dev.neurite.ui.editor.inspector;

import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One row of the inspector's property sheet: a layer's name or one of its arguments. Setting the value hands it
 * to {@code onChange}, which turns it into an undoable edit. JavaFX thread only.
 */
final class ArgumentItem implements PropertySheet.Item {

    private final String category;
    private final String name;
    private final String description;
    private final Class<?> type;
    private final Object value;
    private final Consumer<Object> onChange;

    ArgumentItem(String category, String name, String description, Class<?> type, Object value,
                 Consumer<Object> onChange) {
        this.category = category;
        this.name = name;
        this.description = description;
        this.type = type;
        this.value = value;
        this.onChange = onChange;
    }

    @Override
    public Class<?> getType() {
        return type;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value;
    }

    @Override
    public void setValue(Object newValue) {
        if (newValue != null && !newValue.equals(value)) {
            onChange.accept(newValue);
        }
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }
}
