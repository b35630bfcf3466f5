package dev.neurite.app.cli;

import dev.neurite.graph.KerasStyle;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code keras2} or {@code keras3} for the {@code --style} and {@code --log-style} options; anything else is a
 * usage error (status 2) that lists the styles.
 */
final class KerasStyleConverter implements ITypeConverter<KerasStyle> {

    @Override
    public KerasStyle convert(String value) {
        try {
            return KerasStyle.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
