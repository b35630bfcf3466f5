package dev.neurite.imports.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neurite.NeuriteException;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keras's compile arguments to {@link CompileSettings}: Keras 2's {@code training_config} ({@code optimizer_config},
 * {@code loss}, {@code metrics}) and Keras 3's {@code compile_config} ({@code optimizer}, {@code loss},
 * {@code metrics}). A piece Neurite lacks (a learning-rate schedule, a loss on logits, a metric other than accuracy)
 * falls back to Neurite's default for that piece with a note, since the model itself is still importable. Stateless.
 */
final class KerasCompile {

    private static final Set<String> ACCURACY = Set.of("accuracy", "acc", "categorical_accuracy",
            "sparse_categorical_accuracy", "binary_accuracy");

    private KerasCompile() {
    }

    /** The compile settings of {@code config}, or Neurite's defaults when it is null. */
    static CompileSettings read(JsonNode config, List<String> notes) {
        CompileSettings defaults = CompileSettings.defaults();
        if (config == null || !config.isObject()) {
            return defaults;
        }
        JsonNode optimizerNode = config.has("optimizer_config") ? config.get("optimizer_config")
                : config.get("optimizer");
        Optimizer optimizer = optimizer(optimizerNode, defaults.optimizer(), notes);
        Loss loss = loss(config.get("loss"), defaults.loss(), notes);
        return new CompileSettings(optimizer, loss, metrics(config.get("metrics"), notes));
    }

    private static Optimizer optimizer(JsonNode node, Optimizer fallback, List<String> notes) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        String className = node.isTextual() ? node.textValue() : node.path("class_name").asText("");
        className = className.startsWith("Custom>") ? className.substring("Custom>".length()) : className;
        JsonNode c = node.path("config");
        try {
            double rate = learningRate(c, notes);
            return switch (className.toLowerCase(Locale.ROOT)) {
                case "sgd" -> new Optimizer.Sgd(Double.isNaN(rate) ? 0.01 : rate, c.path("momentum").asDouble(0),
                        c.path("nesterov").asBoolean(false));
                case "rmsprop" -> {
                    if (c.path("centered").asBoolean(false)) {
                        notes.add("The optimizer's centered=True dropped; Neurite's RMSprop is not centred.");
                    }
                    yield new Optimizer.RmsProp(Double.isNaN(rate) ? 0.001 : rate, c.path("rho").asDouble(0.9),
                            c.path("momentum").asDouble(0), c.path("epsilon").asDouble(1e-7));
                }
                case "adam" -> new Optimizer.Adam(Double.isNaN(rate) ? 0.001 : rate, c.path("beta_1").asDouble(0.9),
                        c.path("beta_2").asDouble(0.999), c.path("epsilon").asDouble(1e-7),
                        c.path("amsgrad").asBoolean(false));
                case "adagrad" -> new Optimizer.Adagrad(Double.isNaN(rate) ? 0.001 : rate,
                        c.path("initial_accumulator_value").asDouble(0.1), c.path("epsilon").asDouble(1e-7));
                default -> {
                    notes.add("The optimizer '" + className + "' is not one Neurite has (SGD, RMSprop, Adam, "
                            + "Adagrad); " + fallback.kerasClassName() + " is used instead.");
                    yield fallback;
                }
            };
        } catch (NeuriteException e) {
            notes.add("The optimizer's arguments were not usable (" + e.getMessage() + "); "
                    + fallback.kerasClassName() + " with its defaults is used instead.");
            return fallback;
        }
    }

    /** The learning rate, or NaN for the optimizer's default (absent, or a schedule Neurite lacks). */
    private static double learningRate(JsonNode config, List<String> notes) {
        JsonNode rate = config.has("learning_rate") ? config.get("learning_rate") : config.get("lr");
        if (rate == null || rate.isNull()) {
            return Double.NaN;
        }
        if (!rate.isNumber()) {
            notes.add("The learning-rate schedule " + rate.path("class_name").asText("") + " dropped; the "
                    + "optimizer's default rate is used.");
            return Double.NaN;
        }
        return rate.doubleValue();
    }

    private static Loss loss(JsonNode node, Loss fallback, List<String> notes) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        String name = node.isTextual() ? node.textValue()
                : KerasLayers.snakeCase(node.path("class_name").asText(""));
        if (node.path("config").path("from_logits").asBoolean(false)) {
            notes.add("The loss " + name + " on logits (from_logits=True) is not one Neurite has; "
                    + fallback.kerasName() + " on probabilities is used instead.");
            return fallback;
        }
        Loss loss = Loss.fromKerasName(name);
        if (loss == null) {
            notes.add("The loss " + abbreviate(node) + " is not one Neurite has; " + fallback.kerasName()
                    + " is used instead.");
            return fallback;
        }
        return loss;
    }

    private static List<String> metrics(JsonNode node, List<String> notes) {
        List<String> names = new ArrayList<>();
        collect(node, names, 0);
        List<String> metrics = new ArrayList<>();
        for (String name : names) {
            if (ACCURACY.contains(name)) {
                if (!metrics.contains("accuracy")) {
                    metrics.add("accuracy");
                }
            } else {
                notes.add("The metric '" + name + "' dropped; Neurite reports loss and accuracy.");
            }
        }
        return metrics;
    }

    private static void collect(JsonNode node, List<String> names, int depth) {
        if (node == null || node.isNull() || depth > 3) {
            return;
        }
        if (node.isTextual()) {
            names.add(node.textValue());
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, names, depth + 1));
        } else if (node.isObject()) {
            String name = node.path("config").path("name").asText(node.path("class_name").asText(""));
            names.add(KerasLayers.snakeCase(name));
        }
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
