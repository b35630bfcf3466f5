package dev.neurite.imports.keras;

import com.fasterxml.jackson.databind.JsonNode;
import dev.neurite.NeuriteException;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelAnalysis;
import dev.neurite.graph.ModelGraph;
import dev.neurite.graph.NodeInfo;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Keras model config ({@code model.to_json()}, a {@code .keras} archive's {@code config.json}, an {@code .h5}'s
 * {@code model_config}) to a {@link ModelGraph}. Reads Keras 2 ({@code batch_input_shape}, inbound nodes as
 * {@code [[name, 0, 0, {}]]}) and Keras 3 ({@code module}/{@code registered_name}, {@code batch_shape}, inbound
 * nodes as {@code {"args": [keras tensors]}}) forms of Sequential and functional models. Stateless.
 */
final class KerasConfigReader {

    /** Models with more layers are refused before any is read. */
    static final int MAX_LAYERS = 10_000;

    private static final Set<String> SEQUENTIAL = Set.of("Sequential");
    private static final Set<String> FUNCTIONAL = Set.of("Functional", "Model");

    /**
     * One Keras layer as the weights files address it.
     *
     * @param name      the layer's name (the node's name in the graph; the legacy .h5 group)
     * @param className Keras's class name
     * @param path      where a Keras 3 weights file keeps its variables, e.g. {@code layers/dense_1}
     */
    record LayerRef(String name, String className, String path) {
    }

    /**
     * What a config holds.
     *
     * @param graph         the layers and their connections
     * @param layers        the model's layers in Keras's order ({@code model.layers})
     * @param compileConfig Keras 3's {@code compile_config}, or null
     */
    record Parsed(ModelGraph graph, List<LayerRef> layers, JsonNode compileConfig) {
    }

    private KerasConfigReader() {
    }

    /** Whether {@code root} looks like a Keras model config rather than another JSON document. */
    static boolean isKerasConfig(JsonNode root) {
        return root != null && root.isObject() && root.path("class_name").isTextual() && !root.has("format");
    }

    /**
     * The graph of the model config {@code root}.
     *
     * @param where names the file in messages
     * @param notes receives what was dropped
     */
    static Parsed read(JsonNode root, String where, List<String> notes) {
        if (!isKerasConfig(root)) {
            throw new KerasImportException(where + " is not a Keras model config: it needs a \"class_name\" and "
                    + "a \"config\", as model.to_json() writes.");
        }
        String className = root.get("class_name").textValue();
        JsonNode config = root.path("config");
        JsonNode layers = config.isArray() ? config : config.path("layers");
        if (!layers.isArray() || layers.isEmpty()) {
            throw new KerasImportException(where + ": the " + className + " model has no \"layers\" list.");
        }
        if (layers.size() > MAX_LAYERS) {
            throw new KerasImportException(where + " has " + layers.size() + " layers; at most " + MAX_LAYERS
                    + " are allowed.");
        }
        JsonNode compile = root.get("compile_config");
        compile = compile == null || compile.isNull() ? null : compile;
        Parsed parsed;
        if (SEQUENTIAL.contains(className)) {
            parsed = sequential(layers, config, where, notes, compile);
        } else if (FUNCTIONAL.contains(className)) {
            parsed = functional(layers, config, where, notes, compile);
        } else {
            throw new KerasImportException(where + ": the top-level class '" + className + "' is not a Keras model "
                    + "Neurite reads; it reads Sequential and functional (Functional, Model) models.");
        }
        checkAxes(parsed, layers, where);
        return parsed;
    }

    private static Parsed sequential(JsonNode layers, JsonNode config, String where, List<String> notes,
                                     JsonNode compile) {
        List<LayerNode> nodes = new ArrayList<>();
        List<LayerRef> refs = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        String previous = null;
        for (JsonNode item : layers) {
            String className = className(item, where);
            JsonNode layerConfig = item.path("config");
            String name = name(item, where);
            if (className.equals("InputLayer")) {
                if (previous != null) {
                    throw new KerasImportException(where + ": the InputLayer '" + name + "' is not the first layer.");
                }
                nodes.add(node(name, className, layerConfig, List.of(), where, notes));
                previous = name;
                continue;
            }
            if (previous == null) {
                previous = name + "_input";
                nodes.add(new LayerNode(checkedName(previous, where), new InputLayer(firstShape(layerConfig,
                        config, name, where)), List.of()));
            }
            nodes.add(node(name, className, layerConfig, List.of(previous), where, notes));
            refs.add(new LayerRef(name, className, "layers/" + keras3Name(className, used)));
            previous = name;
        }
        return new Parsed(graph(nodes, where), refs, compile);
    }

    private static Parsed functional(JsonNode layers, JsonNode config, String where, List<String> notes,
                                     JsonNode compile) {
        for (String key : List.of("input_layers", "output_layers")) {
            JsonNode ends = config.path(key);
            if (ends.isArray() && ends.size() > 1 && ends.get(0).isArray()) {
                throw new KerasImportException(where + ": the model has " + ends.size() + " " + key.replace('_', ' ')
                        + "; Neurite models have one input and one output.");
            }
        }
        List<LayerNode> nodes = new ArrayList<>();
        List<LayerRef> refs = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        for (JsonNode item : layers) {
            String className = className(item, where);
            String name = name(item, where);
            List<String> inputs = inbound(item.path("inbound_nodes"), name, where);
            nodes.add(node(name, className, item.path("config"), inputs, where, notes));
            refs.add(new LayerRef(name, className, "layers/" + keras3Name(className, used)));
        }
        return new Parsed(graph(nodes, where), refs, compile);
    }

    /** The names of the layers feeding {@code name}, from Keras 2's or Keras 3's inbound nodes. */
    private static List<String> inbound(JsonNode nodes, String name, String where) {
        if (nodes.isMissingNode() || nodes.isNull() || nodes.isEmpty()) {
            return List.of();
        }
        if (!nodes.isArray()) {
            throw new KerasImportException(where + ": layer '" + name + "' has malformed inbound_nodes.");
        }
        if (nodes.size() > 1) {
            throw new KerasImportException(where + ": layer '" + name + "' is called " + nodes.size() + " times "
                    + "(a shared layer); Neurite layers are used once.");
        }
        JsonNode call = nodes.get(0);
        List<String> inputs = new ArrayList<>();
        if (call.isArray()) {
            for (JsonNode tensor : call) {
                inputs.add(history(tensor, name, where));
            }
        } else if (call.isObject() && call.path("args").isArray()) {
            for (JsonNode arg : call.get("args")) {
                if (arg.isArray()) {
                    for (JsonNode tensor : arg) {
                        inputs.add(history(tensor.path("config").path("keras_history"), name, where));
                    }
                } else if ("__keras_tensor__".equals(arg.path("class_name").asText())) {
                    inputs.add(history(arg.path("config").path("keras_history"), name, where));
                }
            }
        } else {
            throw new KerasImportException(where + ": layer '" + name + "' has malformed inbound_nodes.");
        }
        return inputs;
    }

    /** The layer name of a tensor reference {@code [name, node_index, tensor_index, ...]}. */
    private static String history(JsonNode reference, String name, String where) {
        if (!reference.isArray() || reference.size() < 3 || !reference.get(0).isTextual()) {
            throw new KerasImportException(where + ": layer '" + name + "' has an input reference that is not "
                    + "[layer, node, tensor]: " + reference + ".");
        }
        if (reference.get(1).asInt(-1) != 0 || reference.get(2).asInt(-1) != 0) {
            throw new KerasImportException(where + ": layer '" + name + "' takes output " + reference.get(2)
                    + " of call " + reference.get(1) + " of layer '" + reference.get(0).textValue() + "'; Neurite "
                    + "layers have one output and are called once.");
        }
        return checkedName(reference.get(0).textValue(), where);
    }

    private static LayerNode node(String name, String className, JsonNode config, List<String> inputs,
                                  String where, List<String> notes) {
        LayerConfig layer;
        try {
            layer = KerasLayers.map(name, className, config, where, notes);
        } catch (KerasImportException e) {
            throw e;
        } catch (NeuriteException e) {
            throw new KerasImportException(where + ": layer '" + name + "' (" + className + "): " + e.getMessage(),
                    e);
        }
        return new LayerNode(name, layer, inputs);
    }

    private static dev.neurite.layers.TensorShape firstShape(JsonNode layerConfig, JsonNode modelConfig, String name,
                                                             String where) {
        JsonNode holder = layerConfig;
        if (!layerConfig.has("batch_input_shape") && !layerConfig.has("batch_shape")) {
            if (!modelConfig.has("build_input_shape")) {
                throw new KerasImportException(where + ": the Sequential model has no input shape (no InputLayer, "
                        + "no batch_input_shape); build the model (or give it an Input) before saving it.");
            }
            holder = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                    .set("batch_shape", modelConfig.get("build_input_shape"));
        }
        return KerasLayers.inputShape(new KerasLayers.Args(name, "InputLayer", holder, where));
    }

    private static ModelGraph graph(List<LayerNode> nodes, String where) {
        try {
            return ModelGraph.of(nodes);
        } catch (KerasImportException e) {
            throw e;
        } catch (NeuriteException e) {
            throw new KerasImportException(where + ": " + e.getMessage(), e);
        }
    }

    /** BatchNormalization and Normalization must normalise the last axis, however Keras wrote it. */
    private static void checkAxes(Parsed parsed, JsonNode layers, String where) {
        ModelAnalysis analysis = parsed.graph().analyze();
        Map<String, JsonNode> configs = new LinkedHashMap<>();
        for (JsonNode item : layers) {
            configs.put(name(item, where), item.path("config"));
        }
        for (LayerRef ref : parsed.layers()) {
            if (!ref.className().equals("BatchNormalization") && !ref.className().equals("Normalization")) {
                continue;
            }
            int axis = KerasLayers.declaredAxis(ref.name(), ref.className(), configs.get(ref.name()), where);
            NodeInfo info = analysis.node(ref.name());
            int rank = info.inputShapes().isEmpty() ? -1 : info.inputShapes().get(0).rank();
            if (axis != -1 && axis != rank) {
                throw new KerasImportException(where + ": layer '" + ref.name() + "' (" + ref.className()
                        + ") normalises axis " + axis + "; Neurite normalises the last (channel) axis only"
                        + (rank > 0 ? " (" + rank + " here)" : "") + ".");
            }
        }
    }

    private static String className(JsonNode item, String where) {
        JsonNode name = item.path("class_name");
        if (!name.isTextual() || name.textValue().length() > 200) {
            throw new KerasImportException(where + ": a layer has no class_name: " + abbreviate(item) + ".");
        }
        return name.textValue();
    }

    private static String name(JsonNode item, String where) {
        JsonNode name = item.path("name");
        if (!name.isTextual()) {
            name = item.path("config").path("name");
        }
        if (!name.isTextual()) {
            throw new KerasImportException(where + ": a " + item.path("class_name").asText("") + " layer has no "
                    + "name.");
        }
        return checkedName(name.textValue(), where);
    }

    private static String checkedName(String name, String where) {
        try {
            return LayerNode.requireValidName(name);
        } catch (NeuriteException e) {
            throw new KerasImportException(where + ": " + e.getMessage(), e);
        }
    }

    /** The name saving_lib gives a layer of {@code className} in a container: dense, dense_1, ... */
    private static String keras3Name(String className, Map<String, Integer> used) {
        String name = KerasLayers.snakeCase(className);
        Integer count = used.get(name);
        if (count == null) {
            used.put(name, 0);
            return name;
        }
        used.put(name, count + 1);
        return name + "_" + (count + 1);
    }

    private static String abbreviate(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
