package dev.neurite.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.Histogram;
import dev.neurite.train.layerstats.LayerStatistics;
import dev.neurite.train.layerstats.ParameterStatistics;

import java.util.ArrayList;
import java.util.List;

import static dev.neurite.format.JsonFields.number;
import static dev.neurite.format.JsonFields.putNumber;

/**
 * JSON of a run's {@link EpochLayerStatistics}, the optional {@code layer_statistics} array of a run: per epoch
 * {@code {"epoch", "probe_samples", "gradient_batches", "layers": [{"layer", "relu_units", "never_fired",
 * "parameters": [{"name", "count", "min", "max", "mean", "std", "mean_abs_gradient", "max_abs_gradient",
 * "histogram": {"low", "high", "counts": [...]}}]}]}}; unknown values (NaN) as {@code null}. Stateless.
 */
final class LayerStatisticsCodec {

    /** The most bins a histogram read from a file may have. */
    private static final int MOST_BINS = 1000;

    private LayerStatisticsCodec() {
    }

    static void write(ArrayNode array, List<EpochLayerStatistics> epochs) {
        for (EpochLayerStatistics epoch : epochs) {
            ObjectNode e = array.addObject();
            e.put("epoch", epoch.epoch());
            e.put("probe_samples", epoch.probeSamples());
            e.put("gradient_batches", epoch.gradientBatches());
            ArrayNode layers = e.putArray("layers");
            for (LayerStatistics layer : epoch.layers()) {
                ObjectNode l = layers.addObject();
                l.put("layer", layer.layer());
                l.put("relu_units", layer.reluUnits());
                putNumber(l, "never_fired", layer.neverFiredFraction());
                ArrayNode parameters = l.putArray("parameters");
                for (ParameterStatistics p : layer.parameters()) {
                    ObjectNode n = parameters.addObject();
                    n.put("name", p.name());
                    n.put("count", p.count());
                    putNumber(n, "min", p.min());
                    putNumber(n, "max", p.max());
                    putNumber(n, "mean", p.mean());
                    putNumber(n, "std", p.std());
                    putNumber(n, "mean_abs_gradient", p.meanAbsGradient());
                    putNumber(n, "max_abs_gradient", p.maxAbsGradient());
                    ObjectNode h = n.putObject("histogram");
                    h.put("low", p.histogram().low());
                    h.put("high", p.histogram().high());
                    ArrayNode counts = h.putArray("counts");
                    for (int count : p.histogram().counts()) {
                        counts.add(count);
                    }
                }
            }
        }
    }

    /**
     * Reads the array written by {@link #write} (a missing array is no statistics).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static List<EpochLayerStatistics> read(JsonNode array) {
        List<EpochLayerStatistics> epochs = new ArrayList<>();
        if (array == null || array.isMissingNode() || array.isNull()) {
            return epochs;
        }
        require(array.isArray(), "layer_statistics must be an array");
        for (JsonNode e : array) {
            List<LayerStatistics> layers = new ArrayList<>();
            for (JsonNode l : e.path("layers")) {
                List<ParameterStatistics> parameters = new ArrayList<>();
                String layer = text(l, "layer");
                for (JsonNode n : l.path("parameters")) {
                    parameters.add(new ParameterStatistics(layer, text(n, "name"), n.path("count").asLong(),
                            number(n, "min"), number(n, "max"), number(n, "mean"), number(n, "std"),
                            histogram(n.path("histogram")), number(n, "mean_abs_gradient"),
                            number(n, "max_abs_gradient")));
                }
                int relu = l.path("relu_units").asInt();
                require(relu >= 0, "relu_units must be at least 0; got " + relu);
                layers.add(new LayerStatistics(layer, parameters, relu, number(l, "never_fired")));
            }
            epochs.add(new EpochLayerStatistics(e.path("epoch").asInt(), layers, e.path("probe_samples").asInt(),
                    e.path("gradient_batches").asInt()));
        }
        return epochs;
    }

    private static Histogram histogram(JsonNode h) {
        JsonNode counts = h.path("counts");
        require(counts.isArray() && counts.size() >= 1 && counts.size() <= MOST_BINS,
                "a histogram needs 1 to " + MOST_BINS + " counts");
        int[] values = new int[counts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = counts.get(i).asInt();
            require(values[i] >= 0, "histogram counts must be at least 0; got " + values[i]);
        }
        return new Histogram(h.path("low").asDouble(), h.path("high").asDouble(), values);
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        require(value != null && value.isTextual(), "'" + key + "' must be a string");
        return value.asText();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

}
