package dev.neurite.imports.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.ArgumentReader;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keras layer configs (Keras 2 and Keras 3 forms) to Neurite's layer records. A closed mapping: a class name is
 * compared with the names below, never used to look anything up. Arguments that change what a layer computes and
 * that Neurite lacks (channels-first data, grouped convolutions, a Lambda's code) are refused; arguments that only
 * shape training in Keras and that Neurite lacks (constraints, activity regularizers) are dropped with a note.
 * Arguments this code does not know are ignored, as Keras versions keep adding bookkeeping fields (dtype policies,
 * build configs). Stateless.
 */
final class KerasLayers {

    /**
     * The Keras class names Neurite imports, as the refusal of any other lists them: those with Keras-specific
     * handling below, then every other {@link LayerType}, read through its own {@link LayerType#read}.
     */
    static final List<String> SUPPORTED = supported("InputLayer", "Dense", "Activation", "ReLU", "Softmax",
            "Dropout", "Flatten", "Reshape", "Rescaling", "Conv2D", "ZeroPadding2D", "MaxPooling2D",
            "AveragePooling2D", "GlobalAveragePooling2D", "BatchNormalization", "Normalization", "Add", "Concatenate");

    private static final Set<String> MODELS = Set.of("Sequential", "Functional", "Model");
    private static final List<String> DROPPED = List.of("kernel_constraint", "bias_constraint",
            "activity_regularizer", "beta_constraint", "gamma_constraint", "beta_regularizer", "gamma_regularizer");

    private KerasLayers() {
    }

    /**
     * Neurite's layer for the Keras layer {@code name} of class {@code className}.
     *
     * @param where names the file in messages
     * @param notes receives what was dropped
     * @throws KerasImportException for Lambda, nested models, unknown classes and unsupported arguments
     */
    static LayerConfig map(String name, String className, JsonNode config, String where, List<String> notes) {
        Args args = new Args(name, className, config, where);
        for (String key : DROPPED) {
            if (args.present(key)) {
                notes.add("Layer '" + name + "' (" + className + "): " + key + " dropped; Neurite has none.");
            }
        }
        args.requireChannelsLast();
        return switch (className) {
            case "InputLayer" -> new InputLayer(inputShape(args));
            case "ReLU" -> {
                if (args.present("max_value") || args.number("negative_slope", 0) != 0
                        || args.number("threshold", 0) != 0) {
                    throw args.unsupported("max_value, negative_slope or threshold", "a plain ReLU");
                }
                yield new Activation(ActivationFunction.RELU);
            }
            case "Softmax" -> {
                if (args.integer("axis", -1) != -1) {
                    throw args.unsupported("axis", "-1");
                }
                yield new Activation(ActivationFunction.SOFTMAX);
            }
            case "Dropout" -> {
                if (args.present("noise_shape")) {
                    notes.add("Layer '" + name + "' (Dropout): noise_shape dropped; Neurite drops single values.");
                }
                yield new Dropout(args.number("rate", null),
                        args.present("seed") ? (long) args.integer("seed", 0) : null);
            }
            case "Reshape" -> new Reshape(args.integers("target_shape"));
            case "Conv2D" -> {
                if (args.integer("groups", 1) != 1) {
                    throw args.unsupported("groups", "1");
                }
                yield new Conv2D(args.integer("filters", null), args.dims("kernel_size", null),
                        args.dims("strides", Dims2D.square(1)), args.padding(),
                        args.dims("dilation_rate", Dims2D.square(1)), args.activation(), args.bool("use_bias", true),
                        args.initializer("kernel_initializer", Initializer.GLOROT_UNIFORM, notes),
                        args.initializer("bias_initializer", Initializer.ZEROS, notes),
                        args.regularizer("kernel_regularizer"), args.regularizer("bias_regularizer"));
            }
            case "ZeroPadding2D" -> zeroPadding(args);
            case "BatchNormalization" -> new BatchNormalization(-1, args.number("momentum", 0.99),
                    args.number("epsilon", 0.001), args.bool("center", true), args.bool("scale", true));
            case "Normalization" -> {
                if (args.bool("invert", false)) {
                    throw args.unsupported("invert", "false");
                }
                yield new Normalization(-1, args.numbersOrNull("mean"), args.numbersOrNull("variance"));
            }
            case "Lambda" -> throw new KerasImportException(where + ": layer '" + name + "' is a Lambda, which holds "
                    + "Python code; Neurite never runs code from a file. Replace it with a layer that says what it "
                    + "does (for the lessons' x / 255: Rescaling(1/255)) and save the model again.");
            default -> {
                // the layer type's own reader: Keras's defaults are written once, in the layer's record
                LayerType type = LayerType.fromKerasClassName(className);
                if (type != null) {
                    yield type.read(new Reader(args, notes));
                }
                if (MODELS.contains(className)) {
                    throw new KerasImportException(where + ": layer '" + name + "' is a nested " + className
                            + " model; Neurite imports flat models. Build the model from its layers directly.");
                }
                throw new KerasImportException(where + ": layer '" + name + "' has the class '" + className
                        + "', which Neurite does not support; it supports " + String.join(", ", SUPPORTED) + ".");
            }
        };
    }

    private static List<String> supported(String... handled) {
        List<String> names = new ArrayList<>(List.of(handled));
        for (LayerType type : LayerType.values()) {
            if (!names.contains(type.kerasClassName())) {
                names.add(type.kerasClassName());
            }
        }
        return List.copyOf(names);
    }

    /**
     * The declared channel axis of a BatchNormalization or Normalization layer: -1, or a positive index that must be
     * the last axis of the layer's input (Keras 2 writes {@code [3]} for images).
     */
    static int declaredAxis(String name, String className, JsonNode config, String where) {
        JsonNode axis = config.path("axis");
        if (axis.isArray() && axis.size() == 1) {
            axis = axis.get(0);
        }
        if (axis.isMissingNode() || axis.isNull()) {
            return -1;
        }
        if (!axis.isIntegralNumber() || !axis.canConvertToInt()) {
            throw new Args(name, className, config, where).unsupported("axis", "the channel axis (-1)");
        }
        return axis.intValue();
    }

    /** The shape of one sample of an InputLayer: {@code batch_shape} or {@code batch_input_shape}, or {@code shape}. */
    static TensorShape inputShape(Args args) {
        for (String key : List.of("batch_shape", "batch_input_shape")) {
            if (args.present(key)) {
                List<Integer> dims = args.shapeWithBatch(key);
                return new TensorShape(dims.subList(1, dims.size()));
            }
        }
        return new TensorShape(args.integers("shape"));
    }

    private static ZeroPadding2D zeroPadding(Args args) {
        JsonNode value = args.config.path("padding");
        if (value.isMissingNode() || value.isNull()) {
            return ZeroPadding2D.symmetric(1);
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return ZeroPadding2D.symmetric(value.intValue());
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isArray() && value.get(1).isArray()
                && value.get(0).size() == 2 && value.get(1).size() == 2) {
            return new ZeroPadding2D(Args.intOf(value.get(0).get(0), args, "padding"),
                    Args.intOf(value.get(0).get(1), args, "padding"), Args.intOf(value.get(1).get(0), args, "padding"),
                    Args.intOf(value.get(1).get(1), args, "padding"));
        }
        if (value.isArray() && value.size() == 2) {
            return ZeroPadding2D.of(Args.intOf(value.get(0), args, "padding"),
                    Args.intOf(value.get(1), args, "padding"));
        }
        throw args.wrong("padding", "an integer, a pair, or ((top, bottom), (left, right))");
    }

    /** Keras's snake case of a class name ({@code MaxPooling2D} -> {@code max_pooling2d}), as its saving code. */
    static String snakeCase(String className) {
        String name = className.replaceAll("\\W+", "");
        name = name.replaceAll("(.)([A-Z][a-z]+)", "$1_$2");
        name = name.replaceAll("([a-z])([A-Z])", "$1_$2");
        return name.toLowerCase(Locale.ROOT);
    }

    /** A layer's config object, read with messages that name the layer, its class and the argument. */
    static final class Args {
        private final String name;
        private final String className;
        private final JsonNode config;
        private final String where;

        Args(String name, String className, JsonNode config, String where) {
            this.name = name;
            this.className = className;
            this.config = config == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : config;
            this.where = where;
        }

        boolean present(String key) {
            JsonNode value = config.get(key);
            return value != null && !value.isNull();
        }

        KerasImportException wrong(String key, String expected) {
            return new KerasImportException(where + ": layer '" + name + "' (" + className + ") argument " + key
                    + " must be " + expected + "; got " + abbreviate(config.get(key)) + ".");
        }

        KerasImportException unsupported(String key, String supported) {
            return new KerasImportException(where + ": layer '" + name + "' (" + className + ") has " + key + " = "
                    + abbreviate(config.get(key)) + "; Neurite supports only " + supported + ".");
        }

        void requireChannelsLast() {
            JsonNode format = config.get("data_format");
            if (format != null && !format.isNull() && !"channels_last".equals(format.asText())) {
                throw unsupported("data_format", "channels_last");
            }
        }

        int integer(String key, Integer fallback) {
            if (!present(key)) {
                if (fallback == null) {
                    throw wrong(key, "given");
                }
                return fallback;
            }
            return intOf(config.get(key), this, key);
        }

        double number(String key, Double fallback) {
            if (!present(key)) {
                if (fallback == null) {
                    throw wrong(key, "given");
                }
                return fallback;
            }
            JsonNode value = config.get(key);
            if (!value.isNumber()) {
                throw wrong(key, "a number");
            }
            return value.doubleValue();
        }

        double number(String key, double fallback) {
            return number(key, Double.valueOf(fallback));
        }

        boolean bool(String key, boolean fallback) {
            if (!present(key)) {
                return fallback;
            }
            JsonNode value = config.get(key);
            if (!value.isBoolean()) {
                throw wrong(key, "true or false");
            }
            return value.booleanValue();
        }

        List<Integer> integers(String key) {
            JsonNode value = config.get(key);
            if (value == null || !value.isArray() || value.size() > 8) {
                throw wrong(key, "a list of at most 8 integers");
            }
            List<Integer> result = new ArrayList<>();
            value.forEach(v -> result.add(intOf(v, this, key)));
            return result;
        }

        /** A batch shape: a leading null (any batch size), then positive integers. */
        List<Integer> shapeWithBatch(String key) {
            JsonNode value = config.get(key);
            if (value == null || !value.isArray() || value.size() < 2 || value.size() > 8) {
                throw wrong(key, "a batch shape such as [null, 28, 28, 1]");
            }
            List<Integer> result = new ArrayList<>();
            result.add(-1);
            for (int i = 1; i < value.size(); i++) {
                int dim = intOf(value.get(i), this, key);
                if (dim <= 0) {
                    throw wrong(key, "a batch shape of positive sizes such as [null, 28, 28, 1]");
                }
                result.add(dim);
            }
            return result;
        }

        List<Double> numbersOrNull(String key) {
            if (!present(key)) {
                return null;
            }
            JsonNode value = config.get(key);
            List<Double> result = new ArrayList<>();
            if (value.isNumber()) {
                result.add(value.doubleValue());
            } else if (value.isArray() && value.size() <= 1 << 16) {
                for (JsonNode item : value) {
                    if (!item.isNumber()) {
                        throw wrong(key, "a number or a list of numbers");
                    }
                    result.add(item.doubleValue());
                }
            } else {
                throw wrong(key, "a number or a list of numbers");
            }
            return result;
        }

        Dims2D dims(String key, Dims2D fallback) {
            if (!present(key)) {
                if (fallback == null) {
                    throw wrong(key, "given");
                }
                return fallback;
            }
            JsonNode value = config.get(key);
            if (value.isIntegralNumber()) {
                return Dims2D.square(intOf(value, this, key));
            }
            if (value.isArray() && value.size() == 2) {
                return new Dims2D(intOf(value.get(0), this, key), intOf(value.get(1), this, key));
            }
            throw wrong(key, "an integer or a pair of integers");
        }

        Padding padding() {
            String text = present("padding") ? config.get("padding").asText() : "valid";
            Padding padding = Padding.fromKerasName(text);
            if (padding == null) {
                throw unsupported("padding", "'valid' and 'same'");
            }
            return padding;
        }

        ActivationFunction activation() {
            if (!present("activation")) {
                return ActivationFunction.LINEAR;
            }
            JsonNode value = config.get("activation");
            String text = value.isTextual() ? value.textValue()
                    : value.path("config").isTextual() ? value.path("config").textValue()
                    : value.path("class_name").asText("");
            ActivationFunction function = ActivationFunction.fromKerasName(snakeCase(text));
            if (function == null) {
                throw unsupported("activation", names(ActivationFunction.values()));
            }
            return function;
        }

        Initializer initializer(String key, Initializer fallback, List<String> notes) {
            if (!present(key)) {
                return fallback;
            }
            JsonNode value = config.get(key);
            String text = value.isTextual() ? value.textValue() : value.path("class_name").asText("");
            Initializer initializer = Initializer.fromKerasName(snakeCase(text));
            if (initializer == null) {
                notes.add("Layer '" + name + "' (" + className + "): " + key + " " + abbreviate(value)
                        + " replaced by " + fallback.name().toLowerCase(Locale.ROOT) + ", which Neurite has.");
                return fallback;
            }
            return initializer;
        }

        Regularizer regularizer(String key) {
            if (!present(key)) {
                return null;
            }
            JsonNode value = config.get(key);
            String kind = value.isTextual() ? value.textValue() : value.path("class_name").asText("");
            JsonNode arguments = value.path("config");
            double l1 = arguments.path("l1").asDouble(0);
            double l2 = arguments.path("l2").asDouble(0);
            switch (kind.toLowerCase(Locale.ROOT)) {
                case "l1" -> l1 = arguments.path("l1").asDouble(0.01);
                case "l2" -> l2 = arguments.path("l2").asDouble(0.01);
                case "l1l2", "l1_l2" -> {
                }
                default -> throw unsupported(key, "L1, L2 and L1L2 regularizers");
            }
            try {
                return new Regularizer(l1, l2);
            } catch (IllegalArgumentException e) {
                throw wrong(key, "a regularizer with non-negative factors");
            }
        }

        static int intOf(JsonNode value, Args args, String key) {
            if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
                throw args.wrong(key, "integers");
            }
            return value.intValue();
        }

        private static String names(Enum<?>[] values) {
            List<String> names = new ArrayList<>();
            for (Enum<?> value : values) {
                names.add(value.name().toLowerCase(Locale.ROOT));
            }
            return String.join(", ", names);
        }

        private static String abbreviate(JsonNode value) {
            String text = value == null ? "nothing" : value.toString();
            return text.length() > 80 ? text.substring(0, 77) + "..." : text;
        }
    }

    /**
     * A Keras layer config as a layer type's own {@link ArgumentReader}, for the types without Keras-specific handling
     * above: Keras's forms of activations, initializers and regularizers are accepted, unknown keys ignored.
     */
    private record Reader(Args args, List<String> notes) implements ArgumentReader {

        private static final ObjectMapper PLAIN = new ObjectMapper();

        @Override
        public boolean has(String key) {
            return args.present(key);
        }

        @Override
        public int integer(String key) {
            return args.integer(key, null);
        }

        @Override
        public int integer(String key, int fallback) {
            return args.integer(key, fallback);
        }

        @Override
        public long longValue(String key, long fallback) {
            if (!args.present(key)) {
                return fallback;
            }
            JsonNode value = args.config.get(key);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw args.wrong(key, "an integer");
            }
            return value.longValue();
        }

        @Override
        public double number(String key) {
            return args.number(key, (Double) null);
        }

        @Override
        public double number(String key, double fallback) {
            return args.number(key, fallback);
        }

        @Override
        public boolean bool(String key, boolean fallback) {
            return args.bool(key, fallback);
        }

        @Override
        public String string(String key, String fallback) {
            if (!args.present(key)) {
                return fallback;
            }
            JsonNode value = args.config.get(key);
            if (!value.isTextual()) {
                throw args.wrong(key, "a string");
            }
            return value.textValue();
        }

        @Override
        public List<Integer> integers(String key) {
            return args.present(key) ? args.integers(key) : null;
        }

        @Override
        public List<Double> numbers(String key) {
            return args.numbersOrNull(key);
        }

        @Override
        public Object plain(String key) {
            return args.present(key) ? PLAIN.convertValue(args.config.get(key), Object.class) : null;
        }

        @Override
        public TensorShape shape(String key) {
            List<Integer> dims = args.integers(key);
            if (dims.isEmpty() || dims.stream().anyMatch(d -> d <= 0)) {
                throw args.wrong(key, "a list of positive integers");
            }
            return new TensorShape(dims);
        }

        @Override
        public Dims2D dims(String key, Dims2D fallback) {
            return args.dims(key, fallback);
        }

        @Override
        public ActivationFunction activation() {
            return args.activation();
        }

        @Override
        public Initializer initializer(String key, Initializer fallback) {
            return args.initializer(key, fallback, notes);
        }

        @Override
        public Padding padding() {
            return args.padding();
        }

        @Override
        public Regularizer regularizer(String key) {
            return args.regularizer(key);
        }

        @Override
        public RuntimeException missing(String key) {
            return args.wrong(key, "given");
        }

        @Override
        public RuntimeException wrong(String key, String expected) {
            return args.wrong(key, expected);
        }
    }
}
