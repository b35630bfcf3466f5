package dev.neurite.layers;

import java.util.Locale;

/** Keras's lower-case snake_case names of Neurite's enums ({@code LEAKY_RELU} is {@code "leaky_relu"}). */
public final class KerasNames {

    private KerasNames() {
    }

    /** The Keras name of {@code value}: its constant name in lower case. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} whose Keras name is {@code name}, or null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(name)) {
                return value;
            }
        }
        return null;
    }
}
