package dev.neurite.ui.train;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * Small factories for the settings form's inputs, bound both ways to view-model properties. The bridging object
 * properties are kept in the node's properties map: bidirectional bindings hold them weakly. JavaFX thread only.
 */
final class Fields {

    private static final String BRIDGE = "neurite.bridge";

    private Fields() {
    }

    static Spinner<Integer> integer(IntegerProperty value, int min, int max, int step, String tooltip) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max,
                value.get(), step));
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        ObjectProperty<Integer> bridge = value.asObject();
        spinner.getValueFactory().valueProperty().bindBidirectional(bridge);
        spinner.getProperties().put(BRIDGE, bridge);
        spinner.setTooltip(new Tooltip(tooltip));
        return spinner;
    }

    static Spinner<Double> decimal(DoubleProperty value, double min, double max, double step, String tooltip) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max,
                value.get(), step));
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        ObjectProperty<Double> bridge = value.asObject();
        spinner.getValueFactory().valueProperty().bindBidirectional(bridge);
        spinner.getProperties().put(BRIDGE, bridge);
        spinner.setTooltip(new Tooltip(tooltip));
        return spinner;
    }

    /** A text field for a positive number in any notation (0.001, 1e-3). */
    static TextField number(DoubleProperty value, String tooltip) {
        TextField field = new TextField();
        field.setPrefColumnCount(8);
        TextFormatter<Double> formatter = new TextFormatter<>(new StringConverter<>() {
            @Override
            public String toString(Double number) {
                return number == null ? "" : String.format(Locale.ROOT, "%.6g", number)
                        .replaceAll("\\.?0+(e|$)", "$1");
            }

            @Override
            public Double fromString(String text) {
                try {
                    double parsed = Double.parseDouble(text.strip());
                    return parsed > 0 && Double.isFinite(parsed) ? parsed : value.get();
                } catch (NumberFormatException e) {
                    return value.get();
                }
            }
        }, value.get());
        field.setTextFormatter(formatter);
        ObjectProperty<Double> bridge = value.asObject();
        formatter.valueProperty().bindBidirectional(bridge);
        field.getProperties().put(BRIDGE, bridge);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }
}
