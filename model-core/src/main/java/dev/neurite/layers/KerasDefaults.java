package dev.neurite.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keras's default of every argument of a layer type, as Python-like text ({@code 1}, {@code (2, 2)},
 * {@code 'valid'}, {@code None}), found from the type's own registry entry: the layer its {@link LayerType#read}
 * makes when no argument is given, written by its {@link LayerConfig#writeArguments}. Arguments Keras requires are
 * {@link #REQUIRED}. Stateless.
 */
public final class KerasDefaults {

    /** The text of an argument Keras requires. */
    public static final String REQUIRED = "required";

    private KerasDefaults() {
    }

    /** Keras's defaults of {@code type}'s arguments by Keras name; required ones are {@link #REQUIRED}. */
    public static Map<String, String> of(LayerType type) {
        Absent absent = new Absent();
        Map<String, String> defaults = new LinkedHashMap<>();
        try {
            type.read(absent).writeArguments(new Text(defaults));
        } catch (RuntimeException e) {
            // a required argument without a placeholder (e.g. Reshape's target_shape): only the required ones known
            defaults.clear();
        }
        absent.required.forEach(key -> defaults.put(key, REQUIRED));
        return defaults;
    }

    /** Answers as a config without arguments: every fallback; a placeholder for a required argument, noted. */
    private static final class Absent implements ArgumentReader {

        private final List<String> required = new ArrayList<>();

        private <T> T required(String key, T placeholder) {
            required.add(key);
            return placeholder;
        }

        @Override
        public boolean has(String key) {
            return false;
        }

        @Override
        public int integer(String key) {
            return required(key, 1);
        }

        @Override
        public int integer(String key, int fallback) {
            return fallback;
        }

        @Override
        public long longValue(String key, long fallback) {
            return fallback;
        }

        @Override
        public double number(String key) {
            return required(key, 0.5);
        }

        @Override
        public double number(String key, double fallback) {
            return fallback;
        }

        @Override
        public boolean bool(String key, boolean fallback) {
            return fallback;
        }

        @Override
        public String string(String key, String fallback) {
            return fallback;
        }

        @Override
        public List<Integer> integers(String key) {
            return null;
        }

        @Override
        public List<Double> numbers(String key) {
            return null;
        }

        @Override
        public Object plain(String key) {
            return null;
        }

        @Override
        public TensorShape shape(String key) {
            return required(key, TensorShape.of(1));
        }

        @Override
        public Dims2D dims(String key, Dims2D fallback) {
            return fallback != null ? fallback : required(key, Dims2D.square(1));
        }

        @Override
        public ActivationFunction activation() {
            return ActivationFunction.LINEAR;
        }

        @Override
        public Initializer initializer(String key, Initializer fallback) {
            return fallback;
        }

        @Override
        public Padding padding() {
            return Padding.VALID;
        }

        @Override
        public Regularizer regularizer(String key) {
            return null;
        }

        @Override
        public RuntimeException missing(String key) {
            required.add(key);
            return new IllegalStateException(key + " is required");
        }

        @Override
        public RuntimeException wrong(String key, String expected) {
            return new IllegalStateException(key + " must be " + expected);
        }
    }

    /** Writes each argument as Python-like text. */
    private record Text(Map<String, String> out) implements ArgumentWriter {

        @Override
        public void integer(String key, int value) {
            out.put(key, String.valueOf(value));
        }

        @Override
        public void longValue(String key, long value) {
            out.put(key, String.valueOf(value));
        }

        @Override
        public void number(String key, double value) {
            out.put(key, String.valueOf(value));
        }

        @Override
        public void bool(String key, boolean value) {
            out.put(key, value ? "True" : "False");
        }

        @Override
        public void string(String key, String value) {
            out.put(key, "'" + value + "'");
        }

        @Override
        public void integers(String key, int... values) {
            out.put(key, tuple(Arrays.stream(values).mapToObj(String::valueOf).toList()));
        }

        @Override
        public void numbers(String key, List<Double> values) {
            out.put(key, values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]")));
        }

        @Override
        public void pairs(String key, int[]... pairs) {
            out.put(key, tuple(Arrays.stream(pairs).map(pair -> tuple(Arrays.stream(pair)
                    .mapToObj(String::valueOf).toList())).toList()));
        }

        @Override
        public void regularizer(String key, Regularizer regularizer) {
            out.put(key, regularizer == null ? "None" : regularizer.toString());
        }

        private static String tuple(List<String> items) {
            return items.size() == 1 ? "(" + items.get(0) + ",)" : "(" + String.join(", ", items) + ")";
        }
    }
}
