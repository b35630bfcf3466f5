package dev.neurite.ui.editor.inspector;

import dev.neurite.NeuriteException;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.KerasDefaults;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.TensorShape;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a layer as editable values with Keras's names ({@code units}, {@code kernel_size}, ...), read
 * from the layer's record components and written back through the record's own constructor, which validates them.
 * Only the closed set of {@link LayerConfig} records is ever touched; no class is looked up by name. Numbers,
 * tuples and regularizers are edited as Python-like text ({@code 64}, {@code (3, 3)}, {@code l2(0.01)},
 * {@code None}); enums and booleans as themselves.
 *
 * <p>Thread-safe (stateless).
 */
public final class LayerArguments {

    private static final Pattern REGULARIZER = Pattern.compile(
            "\\s*(l1|l2|l1_l2)\\s*\\(\\s*([^,\\s)]+)\\s*(?:,\\s*([^\\s)]+)\\s*)?\\)\\s*");

    private LayerArguments() {
    }

    /** One argument of a layer. */
    public record Argument(String kerasName, Class<?> editType, Object value, String hint) {
    }

    /** The arguments of {@code layer}, in declaration order; the hint ends with Keras's default where it has one. */
    public static List<Argument> of(LayerConfig layer) {
        Map<String, String> defaults = KerasDefaults.of(layer.type());
        List<Argument> arguments = new ArrayList<>();
        for (RecordComponent component : layer.getClass().getRecordComponents()) {
            Object value = read(component, layer);
            Class<?> type = component.getType();
            boolean asText = !(type == boolean.class || type.isEnum());
            String name = kerasName(component.getName());
            arguments.add(new Argument(name, asText ? String.class : wrap(type), asText ? format(value) : value,
                    hint(component) + defaultText(defaults.get(name))));
        }
        return arguments;
    }

    private static String defaultText(String kerasDefault) {
        if (kerasDefault == null) {
            return "";
        }
        return KerasDefaults.REQUIRED.equals(kerasDefault) ? "; required" : "; Keras's default " + kerasDefault;
    }

    /**
     * {@code layer} with the argument {@code kerasName} set to {@code value} (text for text arguments).
     *
     * @throws IllegalArgumentException with a message for the learner if the value is not valid
     */
    public static LayerConfig with(LayerConfig layer, String kerasName, Object value) {
        RecordComponent[] components = layer.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = read(components[i], layer);
            if (kerasName(components[i].getName()).equals(kerasName)) {
                values[i] = parse(components[i], value, layer.kerasClassName() + " " + kerasName);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException(layer.kerasClassName() + " has no argument " + kerasName);
        }
        try {
            Constructor<?> constructor = layer.getClass().getDeclaredConstructor(types);
            return (LayerConfig) constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(cause instanceof NeuriteException || cause instanceof
                    IllegalArgumentException ? cause.getMessage() : "Invalid " + kerasName, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + layer.kerasClassName(), e);
        }
    }

    /** {@code kernelSize} as Keras's {@code kernel_size}. */
    static String kerasName(String javaName) {
        return javaName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Object read(RecordComponent component, LayerConfig layer) {
        try {
            return component.getAccessor().invoke(layer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private static Class<?> wrap(Class<?> type) {
        return type == boolean.class ? Boolean.class : type;
    }

    static String format(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Dims2D dims) {
            return dims.toPythonTuple();
        }
        if (value instanceof TensorShape shape) {
            return shape.toPythonTuple();
        }
        if (value instanceof Regularizer regularizer) {
            return regularizer.toString();
        }
        if (value instanceof List<?> list) {
            return list.size() == 1 ? "(" + list.get(0) + ",)" : list.toString().replace('[', '(').replace(']', ')');
        }
        return String.valueOf(value);
    }

    private static String hint(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number" + (type == Long.class ? ", or None" : "");
        }
        if (type == double.class) {
            return "a number, e.g. 0.5";
        }
        if (type == Dims2D.class) {
            return "rows and columns, e.g. (3, 3) or 3";
        }
        if (type == TensorShape.class || type == List.class) {
            return "a tuple, e.g. (28, 28, 1)" + (isNullable(component) ? ", or None" : "");
        }
        if (type == Regularizer.class) {
            return "None, l1(0.01), l2(0.01) or l1_l2(0.01, 0.01)";
        }
        return type.isEnum() ? "one of the listed choices" : "yes or no";
    }

    private static boolean isNullable(RecordComponent component) {
        return component.getGenericType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == Double.class;
    }

    private static Object parse(RecordComponent component, Object value, String what) {
        Class<?> type = component.getType();
        if (!(value instanceof String text)) {
            return value;
        }
        String trimmed = text.strip();
        try {
            if (type == int.class) {
                return Integer.parseInt(trimmed);
            }
            if (type == double.class) {
                return Double.parseDouble(trimmed);
            }
            if (type == Long.class) {
                return isNone(trimmed) ? null : Long.parseLong(trimmed);
            }
            if (type == Dims2D.class) {
                int[] dims = ints(trimmed);
                return dims.length == 1 ? Dims2D.square(dims[0]) : new Dims2D(dims[0], dims[1]);
            }
            if (type == TensorShape.class) {
                return TensorShape.of(ints(trimmed));
            }
            if (type == Regularizer.class) {
                return isNone(trimmed) ? null : regularizer(trimmed);
            }
            if (type == List.class) {
                return listOf(component, trimmed);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(what + " must be " + hint(component) + "; got '" + text + "'");
        }
        throw new IllegalArgumentException(what + " cannot be edited as text");
    }

    private static Object listOf(RecordComponent component, String text) {
        if (isNullable(component)) {
            if (isNone(text)) {
                return null;
            }
            return Arrays.stream(numbers(text)).map(Double::parseDouble).toList();
        }
        return Arrays.stream(ints(text)).boxed().toList();
    }

    private static boolean isNone(String text) {
        return text.isEmpty() || text.equalsIgnoreCase("none");
    }

    private static String[] numbers(String text) {
        String inner = text.replaceAll("[()\\[\\]]", " ").strip();
        return Arrays.stream(inner.split("\\s*,\\s*|\\s+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static int[] ints(String text) {
        String[] parts = numbers(text);
        if (parts.length == 0) {
            throw new NumberFormatException("empty");
        }
        return Arrays.stream(parts).mapToInt(Integer::parseInt).toArray();
    }

    private static Regularizer regularizer(String text) {
        Matcher matcher = REGULARIZER.matcher(text);
        if (!matcher.matches()) {
            throw new NumberFormatException(text);
        }
        double first = Double.parseDouble(matcher.group(2));
        return switch (matcher.group(1)) {
            case "l1" -> Regularizer.l1(first);
            case "l2" -> Regularizer.l2(first);
            default -> Regularizer.l1L2(first, Double.parseDouble(matcher.group(3)));
        };
    }
}
