package dev.neurite.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;

import java.util.List;

/**
 * Layer configurations to and from JSON objects with Keras's argument names. Reading is strict: unknown arguments
 * and values of the wrong type are refused; missing arguments take Keras's defaults.
 */
final class LayerCodec {

    private LayerCodec() {
    }

    // ---- Writing --------------------------------------------------------------------------------------------------

    static ObjectNode write(LayerConfig layer) {
        ObjectNode json = JsonFields.newObject();
        if (layer instanceof InputLayer input) {
            ints(json.putArray("shape"), input.shape().toArray());
        } else if (layer instanceof Dense dense) {
            json.put("units", dense.units());
            json.put("activation", dense.activation().kerasName());
            json.put("use_bias", dense.useBias());
            json.put("kernel_initializer", dense.kernelInitializer().kerasName());
            json.put("bias_initializer", dense.biasInitializer().kerasName());
            json.set("kernel_regularizer", regularizer(dense.kernelRegularizer()));
            json.set("bias_regularizer", regularizer(dense.biasRegularizer()));
        } else if (layer instanceof Activation activation) {
            json.put("activation", activation.activation().kerasName());
        } else if (layer instanceof Dropout dropout) {
            json.put("rate", dropout.rate());
            if (dropout.seed() != null) {
                json.put("seed", dropout.seed());
            }
        } else if (layer instanceof Reshape reshape) {
            ints(json.putArray("target_shape"), reshape.targetShape().stream().mapToInt(i -> i).toArray());
        } else if (layer instanceof Rescaling rescaling) {
            json.put("scale", rescaling.scale());
            json.put("offset", rescaling.offset());
        } else if (layer instanceof Conv2D conv) {
            json.put("filters", conv.filters());
            json.set("kernel_size", dims(conv.kernelSize()));
            json.set("strides", dims(conv.strides()));
            json.put("padding", conv.padding().kerasName());
            json.set("dilation_rate", dims(conv.dilationRate()));
            json.put("activation", conv.activation().kerasName());
            json.put("use_bias", conv.useBias());
            json.put("kernel_initializer", conv.kernelInitializer().kerasName());
            json.put("bias_initializer", conv.biasInitializer().kerasName());
            json.set("kernel_regularizer", regularizer(conv.kernelRegularizer()));
            json.set("bias_regularizer", regularizer(conv.biasRegularizer()));
        } else if (layer instanceof ZeroPadding2D padding) {
            ArrayNode outer = json.putArray("padding");
            ints(outer.addArray(), padding.top(), padding.bottom());
            ints(outer.addArray(), padding.left(), padding.right());
        } else if (layer instanceof MaxPooling2D pool) {
            pooling(json, pool.poolSize(), pool.strides(), pool.padding());
        } else if (layer instanceof AveragePooling2D pool) {
            pooling(json, pool.poolSize(), pool.strides(), pool.padding());
        } else if (layer instanceof GlobalAveragePooling2D global) {
            json.put("keepdims", global.keepdims());
        } else if (layer instanceof BatchNormalization norm) {
            json.put("axis", norm.axis());
            json.put("momentum", norm.momentum());
            json.put("epsilon", norm.epsilon());
            json.put("center", norm.center());
            json.put("scale", norm.scale());
        } else if (layer instanceof Normalization norm) {
            json.put("axis", norm.axis());
            if (!norm.isAdapted()) {
                norm.mean().forEach(json.putArray("mean")::add);
                norm.variance().forEach(json.putArray("variance")::add);
            }
        } else if (layer instanceof Concatenate concat) {
            json.put("axis", concat.axis());
        }
        // Flatten and Add have no arguments.
        return json;
    }

    private static void pooling(ObjectNode json, Dims2D poolSize, Dims2D strides, Padding padding) {
        json.set("pool_size", dims(poolSize));
        json.set("strides", dims(strides));
        json.put("padding", padding.kerasName());
    }

    private static ArrayNode dims(Dims2D dims) {
        ArrayNode array = JsonFields.newObject().arrayNode();
        return ints(array, dims.rows(), dims.cols());
    }

    private static ArrayNode ints(ArrayNode array, int... values) {
        for (int value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonNode regularizer(Regularizer regularizer) {
        if (regularizer == null) {
            return JsonFields.newObject().nullNode();
        }
        ObjectNode json = JsonFields.newObject();
        json.put("l1", regularizer.l1());
        json.put("l2", regularizer.l2());
        return json;
    }

    // ---- Reading --------------------------------------------------------------------------------------------------

    static LayerConfig read(LayerType type, JsonFields config) {
        LayerConfig layer = switch (type) {
            case INPUT_LAYER -> new InputLayer(shape(config, "shape"));
            case DENSE -> new Dense(config.integer("units"), activation(config), config.bool("use_bias", true),
                    initializer(config, "kernel_initializer", Initializer.GLOROT_UNIFORM),
                    initializer(config, "bias_initializer", Initializer.ZEROS),
                    regularizer(config, "kernel_regularizer"), regularizer(config, "bias_regularizer"));
            case ACTIVATION -> new Activation(activation(config));
            case DROPOUT -> new Dropout(config.number("rate"),
                    config.has("seed") ? config.longValue("seed", 0) : null);
            case FLATTEN -> new Flatten();
            case RESHAPE -> new Reshape(required(config, config.integers("target_shape"), "target_shape"));
            case RESCALING -> new Rescaling(config.number("scale"), config.number("offset", 0));
            case CONV2D -> new Conv2D(config.integer("filters"), dims(config, "kernel_size", null),
                    dims(config, "strides", Dims2D.square(1)), padding(config),
                    dims(config, "dilation_rate", Dims2D.square(1)), activation(config),
                    config.bool("use_bias", true),
                    initializer(config, "kernel_initializer", Initializer.GLOROT_UNIFORM),
                    initializer(config, "bias_initializer", Initializer.ZEROS),
                    regularizer(config, "kernel_regularizer"), regularizer(config, "bias_regularizer"));
            case ZERO_PADDING2D -> zeroPadding(config);
            case MAX_POOLING2D -> {
                Dims2D pool = dims(config, "pool_size", Dims2D.square(2));
                yield new MaxPooling2D(pool, dims(config, "strides", pool), padding(config));
            }
            case AVERAGE_POOLING2D -> {
                Dims2D pool = dims(config, "pool_size", Dims2D.square(2));
                yield new AveragePooling2D(pool, dims(config, "strides", pool), padding(config));
            }
            case GLOBAL_AVERAGE_POOLING2D -> new GlobalAveragePooling2D(config.bool("keepdims", false));
            case BATCH_NORMALIZATION -> new BatchNormalization(config.integer("axis", -1),
                    config.number("momentum", 0.99), config.number("epsilon", 0.001), config.bool("center", true),
                    config.bool("scale", true));
            case NORMALIZATION -> new Normalization(config.integer("axis", -1), config.numbers("mean"),
                    config.numbers("variance"));
            case ADD -> new Add();
            case CONCATENATE -> new Concatenate(config.integer("axis", -1));
        };
        config.requireAllUsed();
        return layer;
    }

    private static <T> T required(JsonFields config, T value, String key) {
        if (value == null) {
            throw config.missing(key);
        }
        return value;
    }

    private static TensorShape shape(JsonFields config, String key) {
        List<Integer> dims = required(config, config.integers(key), key);
        if (dims.isEmpty() || dims.stream().anyMatch(d -> d <= 0)) {
            throw config.wrong(key, "a list of positive integers", config.raw(key));
        }
        return new TensorShape(dims);
    }

    private static Dims2D dims(JsonFields config, String key, Dims2D fallback) {
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

    private static ZeroPadding2D zeroPadding(JsonFields config) {
        if (!config.has("padding")) {
            return ZeroPadding2D.symmetric(1);
        }
        JsonNode value = config.raw("padding");
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return ZeroPadding2D.symmetric(value.intValue());
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isArray() && value.get(1).isArray()
                && value.get(0).size() == 2 && value.get(1).size() == 2) {
            int[] v = {value.get(0).get(0).asInt(-1), value.get(0).get(1).asInt(-1), value.get(1).get(0).asInt(-1),
                    value.get(1).get(1).asInt(-1)};
            return new ZeroPadding2D(v[0], v[1], v[2], v[3]);
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isIntegralNumber()
                && value.get(1).isIntegralNumber()) {
            return ZeroPadding2D.of(value.get(0).intValue(), value.get(1).intValue());
        }
        throw config.wrong("padding", "an integer, a pair, or ((top, bottom), (left, right))", value);
    }

    private static ActivationFunction activation(JsonFields config) {
        String name = config.string("activation", "linear");
        ActivationFunction function = ActivationFunction.fromKerasName(name);
        if (function == null) {
            throw new ModelFormatException(config.context() + ".activation '" + name + "' is not one of "
                    + names(ActivationFunction.values()) + ".");
        }
        return function;
    }

    private static Initializer initializer(JsonFields config, String key, Initializer fallback) {
        String name = config.string(key, fallback.kerasName());
        Initializer initializer = Initializer.fromKerasName(name);
        if (initializer == null) {
            throw new ModelFormatException(config.context() + "." + key + " '" + name + "' is not one of "
                    + names(Initializer.values()) + ".");
        }
        return initializer;
    }

    private static Padding padding(JsonFields config) {
        String name = config.string("padding", "valid");
        Padding padding = Padding.fromKerasName(name);
        if (padding == null) {
            throw new ModelFormatException(config.context() + ".padding must be 'valid' or 'same'; got '" + name
                    + "'.");
        }
        return padding;
    }

    private static Regularizer regularizer(JsonFields config, String key) {
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

    private static String names(Enum<?>[] values) {
        StringBuilder text = new StringBuilder();
        for (Enum<?> value : values) {
            text.append(text.length() == 0 ? "" : ", ").append(value.name().toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }
}
