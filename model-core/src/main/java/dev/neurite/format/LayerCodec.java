package dev.neurite.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.ArgumentReader;
import dev.neurite.layers.ArgumentWriter;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.TensorShape;

import java.util.List;
import java.util.Locale;

/**
 * Layer configurations to and from JSON objects with Keras's argument names. Each layer type says which arguments
 * it has ({@link LayerConfig#writeArguments}, {@link LayerType#read}); this class only turns them into JSON and
 * back. Reading is strict: unknown arguments and values of the wrong type are refused; missing arguments take
 * Keras's defaults.
 */
final class LayerCodec {

    private LayerCodec() {
    }

    static ObjectNode write(LayerConfig layer) {
        ObjectNode json = JsonFields.newObject();
        layer.writeArguments(new Writer(json));
        return json;
    }

    static LayerConfig read(LayerType type, JsonFields config) {
        LayerConfig layer = type.read(new Reader(config));
        config.requireAllUsed();
        return layer;
    }

    /** Writes into one JSON object. */
    private record Writer(ObjectNode json) implements ArgumentWriter {

        @Override
        public void integer(String key, int value) {
            json.put(key, value);
        }

        @Override
        public void longValue(String key, long value) {
            json.put(key, value);
        }

        @Override
        public void number(String key, double value) {
            json.put(key, value);
        }

        @Override
        public void bool(String key, boolean value) {
            json.put(key, value);
        }

        @Override
        public void string(String key, String value) {
            json.put(key, value);
        }

        @Override
        public void integers(String key, int... values) {
            ints(json.putArray(key), values);
        }

        @Override
        public void numbers(String key, List<Double> values) {
            values.forEach(json.putArray(key)::add);
        }

        @Override
        public void pairs(String key, int[]... pairs) {
            ArrayNode outer = json.putArray(key);
            for (int[] pair : pairs) {
                ints(outer.addArray(), pair);
            }
        }

        @Override
        public void regularizer(String key, Regularizer regularizer) {
            if (regularizer == null) {
                json.putNull(key);
                return;
            }
            ObjectNode value = json.putObject(key);
            value.put("l1", regularizer.l1());
            value.put("l2", regularizer.l2());
        }

        private static void ints(ArrayNode array, int... values) {
            for (int value : values) {
                array.add(value);
            }
        }
    }

    /** Reads one JSON object strictly; every key asked for counts as used. */
    private record Reader(JsonFields config) implements ArgumentReader {

        @Override
        public boolean has(String key) {
            return config.has(key);
        }

        @Override
        public int integer(String key) {
            return config.integer(key);
        }

        @Override
        public int integer(String key, int fallback) {
            return config.integer(key, fallback);
        }

        @Override
        public long longValue(String key, long fallback) {
            return config.longValue(key, fallback);
        }

        @Override
        public double number(String key) {
            return config.number(key);
        }

        @Override
        public double number(String key, double fallback) {
            return config.number(key, fallback);
        }

        @Override
        public boolean bool(String key, boolean fallback) {
            return config.bool(key, fallback);
        }

        @Override
        public String string(String key, String fallback) {
            return config.string(key, fallback);
        }

        @Override
        public List<Integer> integers(String key) {
            return config.integers(key);
        }

        @Override
        public List<Double> numbers(String key) {
            return config.numbers(key);
        }

        @Override
        public Object plain(String key) {
            return config.has(key) ? Json.MAPPER.convertValue(config.raw(key), Object.class) : null;
        }

        @Override
        public TensorShape shape(String key) {
            List<Integer> dims = config.integers(key);
            if (dims == null) {
                throw config.missing(key);
            }
            if (dims.isEmpty() || dims.stream().anyMatch(d -> d <= 0)) {
                throw config.wrong(key, "a list of positive integers", config.raw(key));
            }
            return new TensorShape(dims);
        }

        @Override
        public Dims2D dims(String key, Dims2D fallback) {
            if (!config.has(key)) {
                if (fallback == null) {
                    throw config.missing(key);
                }
                return fallback;
            }
            JsonNode value = config.raw(key);
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                return Dims2D.square(value.intValue());
            }
            List<Integer> pair = config.integers(key);
            if (pair.size() != 2) {
                throw config.wrong(key, "an integer or a pair of integers", value);
            }
            return new Dims2D(pair.get(0), pair.get(1));
        }

        @Override
        public ActivationFunction activation() {
            String name = config.string("activation", "linear");
            ActivationFunction function = ActivationFunction.fromKerasName(name);
            if (function == null) {
                throw new ModelFormatException(config.context() + ".activation '" + name + "' is not one of "
                        + names(ActivationFunction.values()) + ".");
            }
            return function;
        }

        @Override
        public Initializer initializer(String key, Initializer fallback) {
            String name = config.string(key, fallback.kerasName());
            Initializer initializer = Initializer.fromKerasName(name);
            if (initializer == null) {
                throw new ModelFormatException(config.context() + "." + key + " '" + name + "' is not one of "
                        + names(Initializer.values()) + ".");
            }
            return initializer;
        }

        @Override
        public Padding padding() {
            String name = config.string("padding", "valid");
            Padding padding = Padding.fromKerasName(name);
            if (padding == null) {
                throw new ModelFormatException(config.context() + ".padding must be 'valid' or 'same'; got '" + name
                        + "'.");
            }
            return padding;
        }

        @Override
        public Regularizer regularizer(String key) {
            if (!config.has(key)) {
                return null;
            }
            JsonFields fields = config.object(key);
            Regularizer regularizer;
            try {
                regularizer = new Regularizer(fields.number("l1", 0), fields.number("l2", 0));
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(fields.context() + ": " + e.getMessage());
            }
            fields.requireAllUsed();
            return regularizer;
        }

        @Override
        public RuntimeException missing(String key) {
            return config.missing(key);
        }

        @Override
        public RuntimeException wrong(String key, String expected) {
            return config.wrong(key, expected, config.raw(key));
        }

        private static String names(Enum<?>[] values) {
            StringBuilder text = new StringBuilder();
            for (Enum<?> value : values) {
                text.append(text.length() == 0 ? "" : ", ").append(value.name().toLowerCase(Locale.ROOT));
            }
            return text.toString();
        }
    }
}
