package dev.neurite.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Strict reading of one JSON object: typed getters with defaults, messages that say where ({@code context}) and
 * what was expected, and {@link #requireAllUsed()} to refuse keys nobody asked for.
 */
final class JsonFields {

    private final JsonNode node;
    private final String context;
    private final Set<String> used = new HashSet<>();

    private JsonFields(JsonNode node, String context) {
        this.node = node;
        this.context = context;
    }

    /** Wraps {@code node}, which must be an object. */
    static JsonFields of(JsonNode node, String context) {
        if (node == null || !node.isObject()) {
            throw new ModelFormatException(context + " must be a JSON object; got " + describe(node) + ".");
        }
        return new JsonFields(node, context);
    }

    String context() {
        return context;
    }

    boolean has(String key) {
        used.add(key);
        return node.hasNonNull(key);
    }

    JsonNode raw(String key) {
        used.add(key);
        return node.get(key);
    }

    JsonFields object(String key) {
        if (!has(key)) {
            throw missing(key);
        }
        return of(node.get(key), context + "." + key);
    }

    String string(String key) {
        JsonNode value = raw(key);
        if (value == null || value.isNull()) {
            throw missing(key);
        }
        if (!value.isTextual()) {
            throw wrong(key, "a string", value);
        }
        return value.textValue();
    }

    String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    int integer(String key) {
        JsonNode value = raw(key);
        if (value == null || value.isNull()) {
            throw missing(key);
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong(key, "an integer", value);
        }
        return value.intValue();
    }

    int integer(String key, int fallback) {
        return has(key) ? integer(key) : fallback;
    }

    long longValue(String key, long fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong(key, "an integer", value);
        }
        return value.longValue();
    }

    double number(String key) {
        if (!has(key)) {
            throw missing(key);
        }
        return number(key, Double.NaN);
    }

    double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isNumber()) {
            throw wrong(key, "a number", value);
        }
        return value.doubleValue();
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw wrong(key, "true or false", value);
        }
        return value.booleanValue();
    }

    /** An array of integers, or null when absent. */
    List<Integer> integers(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw wrong(key, "an array of integers", value);
        }
        List<Integer> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isIntegralNumber() || !item.canConvertToInt()) {
                throw wrong(key, "an array of integers", value);
            }
            result.add(item.intValue());
        }
        return result;
    }

    /** An array of numbers, or null when absent. */
    List<Double> numbers(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw wrong(key, "an array of numbers", value);
        }
        List<Double> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isNumber()) {
                throw wrong(key, "an array of numbers", value);
            }
            result.add(item.doubleValue());
        }
        return result;
    }

    /** An array of strings; empty when absent. */
    List<String> strings(String key) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw wrong(key, "an array of strings", value);
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw wrong(key, "an array of strings", value);
            }
            result.add(item.textValue());
        }
        return result;
    }

    /** Refuses keys that no getter asked for. */
    void requireAllUsed() {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!used.contains(name)) {
                throw new ModelFormatException(context + " has an unknown field '" + name + "'.");
            }
        }
    }

    ModelFormatException missing(String key) {
        return new ModelFormatException(context + " needs the field '" + key + "'.");
    }

    ModelFormatException wrong(String key, String expected, JsonNode value) {
        return new ModelFormatException(context + "." + key + " must be " + expected + "; got " + describe(value)
                + ".");
    }

    static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    static ObjectNode newObject() {
        return Json.MAPPER.createObjectNode();
    }

    /** Writes {@code value} under {@code key}, or JSON null for NaN and the infinities (JSON has no such numbers). */
    static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    /** The number under {@code key}, or NaN when it is missing, null or not a number ({@link #putNumber}'s inverse). */
    static double number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || !value.isNumber() ? Double.NaN : value.asDouble();
    }
}
