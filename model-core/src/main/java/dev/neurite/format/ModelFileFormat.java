package dev.neurite.format;

import dev.neurite.model.TemplateInfo;
import dev.neurite.model.ModelDefinition;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.NeuriteException;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerConfigException;
import dev.neurite.layers.LayerType;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The model file ({@code .json}): a documented JSON format, see {@code docs/model-format.md}.
 * <pre>
 * { "format": "neurite-model", "format_version": 1,
 *   "template": { "id", "title", "description" },          (templates only)
 *   "layers": [ { "class_name": "Dense", "name": "dense", "inbound": ["input_1"], "config": { "units": 512, ... } } ],
 *   "compile": { "optimizer": { "class_name": "RMSprop", "config": {...} }, "loss": "...", "metrics": [...] },
 *   "fit": { "batch_size", "epochs", "validation": { "kind": "split" | "test_set" | "none", "fraction" },
 *            "shuffle", "seed", "pixel_scaling": "rescale" | "standardize",        (optional)
 *            "augmentation": { "rotation_range", "width_shift_range",                (optional)
 *                              "height_shift_range", "zoom_range" },
 *            "pca_components": k } }                                                (optional)
 * </pre>
 * Layer types come from a closed registry of Keras class names ({@link LayerType}); unknown types, unknown fields,
 * other versions and malformed values are refused with a {@link ModelFormatException} that says where.
 * Thread-safe (stateless).
 */
public final class ModelFileFormat {

    /** The value of the "format" field. */
    public static final String FORMAT = "neurite-model";
    /** The version this code writes; it reads versions 1 .. CURRENT. */
    public static final int CURRENT_VERSION = 1;
    /** Files larger than this are refused before parsing. */
    public static final long MAX_BYTES = 16L << 20;
    /** Models with more layers than this are refused. */
    public static final int MAX_LAYERS = 10_000;
    /** The optional field naming the SHA-256 of the weights archive saved with the model. */
    static final String WEIGHTS_SHA256 = "weights_sha256";
    private static final java.util.regex.Pattern SHA256_HEX = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private ModelFileFormat() {
    }

    // ---- Writing --------------------------------------------------------------------------------------------------

    /** The JSON text of {@code model}. */
    public static String write(ModelDefinition model) {
        return withWeightsHash(model, null);
    }

    /**
     * The JSON text of {@code model} naming the SHA-256 of the weights saved with it ({@link SavedModel}).
     *
     * @param weightsSha256 64 lower-case hex digits, or null for a model file without weights
     */
    static String withWeightsHash(ModelDefinition model, String weightsSha256) {
        ObjectNode root = JsonFields.newObject();
        root.put("format", FORMAT);
        root.put("format_version", CURRENT_VERSION);
        if (weightsSha256 != null) {
            root.put(WEIGHTS_SHA256, weightsSha256);
        }
        if (model.template() != null) {
            ObjectNode template = root.putObject("template");
            template.put("id", model.template().id());
            template.put("title", model.template().title());
            template.put("description", model.template().description());
        }
        ArrayNode layers = root.putArray("layers");
        for (LayerNode node : model.graph().nodes()) {
            ObjectNode layer = layers.addObject();
            layer.put("class_name", node.layer().kerasClassName());
            layer.put("name", node.name());
            node.inputs().forEach(layer.putArray("inbound")::add);
            layer.set("config", LayerCodec.write(node.layer()));
        }
        root.set("compile", SettingsCodec.writeCompile(model.compile()));
        root.set("fit", SettingsCodec.writeFit(model.fit()));
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("Writing a JSON tree failed", e);
        }
    }

    /** Writes {@code model} to {@code file} atomically: the old file stays intact if writing fails. */
    public static void write(ModelDefinition model, Path file) throws IOException {
        AtomicFiles.write(file, write(model).getBytes(StandardCharsets.UTF_8));
    }

    // ---- Reading --------------------------------------------------------------------------------------------------

    /** Reads a model file. */
    public static ModelDefinition read(Path file) {
        return readStored(file).definition();
    }

    /** Reads a model from a stream of at most {@link #MAX_BYTES}; {@code source} names it in messages. */
    public static ModelDefinition read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new ModelFormatException(source + " is larger than " + MAX_BYTES + " bytes.");
        }
        return read(new String(bytes, StandardCharsets.UTF_8), source);
    }

    /** Reads a model from its JSON text; {@code source} names it in messages. */
    public static ModelDefinition read(String json, String source) {
        return readStored(json, source).definition();
    }

    /** A model file's content: the model and the SHA-256 of its weights, null where the file names none. */
    record Stored(ModelDefinition definition, String weightsSha256) {
    }

    /** Reads a model file and the weights' SHA-256 it names. */
    static Stored readStored(Path file) {
        requireRegularFile(file, "model");
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ModelFormatException(file + " is " + size + " bytes; a model file is at most " + MAX_BYTES
                        + " bytes.");
            }
            return readStored(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new ModelFormatException("No such file: " + file);
        } catch (IOException e) {
            throw new ModelFormatException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Stored readStored(String json, String source) {
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1); // a byte-order mark, as some Windows editors write
        }
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new ModelFormatException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return readTree(tree, source);
        } catch (LayerConfigException | ModelFormatException e) {
            throw e;
        } catch (NeuriteException e) {
            throw new ModelFormatException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses what is not a plain file before it is opened: a folder, a device such as /dev/zero, a named pipe
     * (which would make a read hang or never end).
     */
    static void requireRegularFile(Path file, String kind) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ModelFormatException("'" + file + "' is not a " + kind + " file (it is a folder, a device or a "
                    + "pipe); give the path of a " + kind + " file.");
        }
    }

    private static Stored readTree(JsonNode tree, String source) {
        JsonFields root = JsonFields.of(tree, source);
        String format = root.has("format") ? root.string("format") : null;
        if (!FORMAT.equals(format)) {
            throw new ModelFormatException(source + " is not a Neurite model file (its \"format\" is "
                    + (format == null ? "missing" : "'" + format + "'") + ").");
        }
        int version = root.integer("format_version");
        if (version < 1 || version > CURRENT_VERSION) {
            throw new ModelFormatException(source + " has format version " + version + "; this Neurite reads "
                    + "versions 1 to " + CURRENT_VERSION + (version > CURRENT_VERSION ? ". Update Neurite to open it."
                    : "."));
        }
        String weightsSha256 = root.has(WEIGHTS_SHA256) ? root.string(WEIGHTS_SHA256) : null;
        if (weightsSha256 != null && !SHA256_HEX.matcher(weightsSha256).matches()) {
            throw new ModelFormatException(source + ": \"" + WEIGHTS_SHA256 + "\" must be 64 lower-case hex "
                    + "digits.");
        }
        TemplateInfo template = null;
        if (root.has("template")) {
            JsonFields t = root.object("template");
            try {
                template = new TemplateInfo(t.string("id"), t.string("title"), t.string("description"));
            } catch (IllegalArgumentException e) {
                throw new ModelFormatException(e.getMessage(), e);
            }
            t.requireAllUsed();
        }
        ModelGraph graph = readLayers(root, source);
        CompileSettings compile = root.has("compile") ? SettingsCodec.readCompile(root.object("compile"))
                : CompileSettings.defaults();
        FitSettings fit = root.has("fit") ? SettingsCodec.readFit(root.object("fit")) : FitSettings.defaults();
        root.requireAllUsed();
        return new Stored(new ModelDefinition(graph, compile, fit, template), weightsSha256);
    }

    private static ModelGraph readLayers(JsonFields root, String source) {
        JsonNode array = root.raw("layers");
        if (array == null || !array.isArray()) {
            throw new ModelFormatException(source + " needs a \"layers\" array.");
        }
        if (array.size() > MAX_LAYERS) {
            throw new ModelFormatException(source + " has " + array.size() + " layers; at most " + MAX_LAYERS
                    + " are allowed.");
        }
        List<LayerNode> nodes = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonFields layer = JsonFields.of(array.get(i), source + ".layers[" + i + "]");
            String className = layer.string("class_name");
            String name = layer.string("name");
            LayerNode.requireValidName(name);
            LayerType type = LayerType.fromKerasClassName(className);
            if (type == null) {
                throw new ModelFormatException("Layer '" + name + "' has the unknown type '" + className
                        + "'; Neurite knows " + knownTypes() + ".");
            }
            JsonFields config = layer.has("config") ? layer.object("config")
                    : JsonFields.of(JsonFields.newObject(), layer.context() + ".config");
            LayerConfig layerConfig;
            try {
                layerConfig = LayerCodec.read(type, config);
            } catch (LayerConfigException e) {
                throw e.inLayer(name);
            }
            nodes.add(new LayerNode(name, layerConfig, layer.strings("inbound")));
            layer.requireAllUsed();
        }
        return ModelGraph.of(nodes);
    }

    private static String knownTypes() {
        StringBuilder text = new StringBuilder();
        for (LayerType type : LayerType.values()) {
            text.append(text.length() == 0 ? "" : ", ").append(type.kerasClassName());
        }
        return text.toString();
    }
}
