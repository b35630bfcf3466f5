package dev.neurite.imports.keras;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurite.NeuriteException;
import dev.neurite.format.ArchiveReader;
import dev.neurite.format.ModelFormatException;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports Keras models: a JSON config ({@code model.to_json()}), a Keras 3 {@code .keras} archive
 * ({@code config.json}, {@code metadata.json}, {@code model.weights.h5}) or a legacy {@code .h5} model (attribute
 * {@code model_config}, group {@code model_weights}), into the same {@link ModelDefinition} and weights Neurite's own
 * files give. Nothing in a file is executed or trusted: sizes are checked before reading (files, zip entries counted
 * as they are read, HDF5 datasets against the shapes the layers need), only the three named archive entries are read
 * and nothing is extracted by its own name, layer names follow Neurite's rules, and each problem is one
 * {@link KerasImportException}. Stateless and thread-safe; reading runs on the calling thread (milliseconds for the
 * lessons' models, longer for large weights).
 */
public final class KerasImporter {

    /** JSON configs (a file, or an archive's config.json) larger than this are refused. */
    public static final long MAX_CONFIG_BYTES = 16L << 20;
    /** HDF5 weights (a .h5 file, or an archive's model.weights.h5) larger than this are refused. */
    public static final long MAX_WEIGHTS_BYTES = 2L << 30;
    private static final long MAX_METADATA_BYTES = 1L << 20;
    /** A .keras archive holds three entries (and an assets folder); more than this is not one. */
    private static final int MAX_ARCHIVE_ENTRIES = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private KerasImporter() {
    }

    /**
     * Whether {@code file} is one this importer reads: a {@code .keras}, {@code .h5} or {@code .hdf5} file, or a
     * {@code .json} file whose top level is a Keras config (a {@code class_name}, no Neurite {@code format}).
     * Reads at most {@link #MAX_CONFIG_BYTES} of a JSON file; false for what cannot be read.
     */
    public static boolean isKerasFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".keras") || name.endsWith(".h5") || name.endsWith(".hdf5")) {
            return true;
        }
        if (!name.endsWith(".json") || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            if (Files.size(file) > MAX_CONFIG_BYTES) {
                return false;
            }
            return KerasConfigReader.isKerasConfig(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The model in {@code file}, chosen by its extension ({@code .keras}; {@code .h5}/{@code .hdf5}; else JSON).
     *
     * @throws KerasImportException for anything that cannot be imported, with the reason
     */
    public static ImportedModel read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new KerasImportException("No such file: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".keras")) {
                return readArchive(file);
            }
            if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
                return readHdf5(file);
            }
            long size = Files.size(file);
            if (size > MAX_CONFIG_BYTES) {
                throw new KerasImportException(file + " is " + size + " bytes; a Keras config is at most "
                        + MAX_CONFIG_BYTES + " bytes.");
            }
            return readJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new KerasImportException("No such file: " + file);
        } catch (IOException e) {
            throw new KerasImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The model of a JSON config's text (without weights); {@code source} names it in messages. */
    public static ImportedModel readJson(String text, String source) {
        JsonNode root = parse(text, source);
        List<String> notes = new ArrayList<>();
        KerasConfigReader.Parsed parsed = KerasConfigReader.read(root, source, notes);
        return new ImportedModel(definition(parsed, parsed.compileConfig(), notes), Map.of(),
                "Keras JSON config (" + version(root) + ")", notes);
    }

    // ---- .keras ---------------------------------------------------------------------------------------------------

    private static ImportedModel readArchive(Path file) throws IOException {
        String where = file.toString();
        Path temporary = Files.createTempFile("neurite-keras-", ".h5");
        try {
            ArchiveParts parts = archiveParts(file, where, temporary);
            if (parts.config() == null) {
                throw new KerasImportException(where + " is not a Keras model archive: it has no config.json.");
            }
            JsonNode root = parse(new String(parts.config(), StandardCharsets.UTF_8), where + "!config.json");
            String version = "Keras 3";
            if (parts.metadata() != null) {
                JsonNode meta = parse(new String(parts.metadata(), StandardCharsets.UTF_8), where + "!metadata.json");
                if (meta.path("keras_version").isTextual()) {
                    version = "Keras " + abbreviate(meta.get("keras_version").textValue());
                }
            }
            List<String> notes = new ArrayList<>();
            KerasConfigReader.Parsed parsed = KerasConfigReader.read(root, where + "!config.json", notes);
            ModelDefinition definition = definition(parsed, parsed.compileConfig(), notes);
            if (!parts.weights()) {
                if (parts.npz()) {
                    throw new KerasImportException(where + " keeps its weights as model.weights.npz; Neurite reads "
                            + "the default model.weights.h5. Save the model with model.save(path) again.");
                }
                throw new KerasImportException(where + " has no model.weights.h5, so it carries no weights.");
            }
            Map<String, INDArray> weights = hdf5(temporary, where + "!model.weights.h5",
                    hdf -> KerasWeights.keras3(hdf, parsed, where + "!model.weights.h5"));
            return new ImportedModel(definition, weights, version + " .keras archive", notes);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** What a .keras archive holds: its config and metadata, whether it has weights (then copied to a file). */
    private record ArchiveParts(byte[] config, byte[] metadata, boolean weights, boolean npz) {
    }

    /**
     * Reads the archive in one pass through the hardened {@link ArchiveReader}: the three named entries, each up to
     * its limit (the weights into {@code weightsFile}); other entries are skipped within the archive's total.
     */
    private static ArchiveParts archiveParts(Path file, String where, Path weightsFile) throws IOException {
        byte[] config = null;
        byte[] metadata = null;
        boolean weights = false;
        boolean npz = false;
        try (ArchiveReader zip = new ArchiveReader(Files.newInputStream(file), where, MAX_ARCHIVE_ENTRIES,
                MAX_CONFIG_BYTES + MAX_METADATA_BYTES + 2 * MAX_WEIGHTS_BYTES)) {
            for (String name = zip.next(); name != null; name = zip.next()) {
                switch (name) {
                    case "config.json" -> config = zip.read(MAX_CONFIG_BYTES);
                    case "metadata.json" -> metadata = zip.read(MAX_METADATA_BYTES);
                    case "model.weights.h5" -> {
                        try (OutputStream out = Files.newOutputStream(weightsFile)) {
                            zip.copyTo(out, MAX_WEIGHTS_BYTES);
                        }
                        weights = true;
                    }
                    case "model.weights.npz" -> npz = true;
                    default -> {
                        // assets and anything else: not read
                    }
                }
            }
            if (zip.entries() == 0) {
                throw new KerasImportException(where + " is not a valid .keras archive (a zip file): it holds no "
                        + "entries.");
            }
        } catch (ModelFormatException e) {
            throw new KerasImportException(e.getMessage(), e); // the message names the file
        }
        return new ArchiveParts(config, metadata, weights, npz);
    }

    // ---- .h5 ------------------------------------------------------------------------------------------------------

    private static ImportedModel readHdf5(Path file) throws IOException {
        String where = file.toString();
        long size = Files.size(file);
        if (size > MAX_WEIGHTS_BYTES) {
            throw new KerasImportException(where + " is " + size + " bytes; a Keras .h5 model is at most "
                    + MAX_WEIGHTS_BYTES + " bytes.");
        }
        return hdf5(file, where, hdf -> {
            String modelConfig = textAttribute(hdf, "model_config", where);
            if (modelConfig == null) {
                throw new KerasImportException(where + " has no model_config: it holds weights only "
                        + "(model.save_weights). Neurite needs the whole model: save it with model.save(\"model.h5\")"
                        + " or model.save(\"model.keras\").");
            }
            if (modelConfig.length() > MAX_CONFIG_BYTES) {
                throw new KerasImportException(where + ": its model_config is larger than " + MAX_CONFIG_BYTES
                        + " bytes.");
            }
            JsonNode root = parse(modelConfig, where + " model_config");
            String trainingText = textAttribute(hdf, "training_config", where);
            JsonNode training = trainingText == null || trainingText.length() > MAX_CONFIG_BYTES ? null
                    : parse(trainingText, where + " training_config");
            List<String> notes = new ArrayList<>();
            KerasConfigReader.Parsed parsed = KerasConfigReader.read(root, where, notes);
            ModelDefinition definition = definition(parsed, training, notes);
            Node modelWeights = hdf.getChildren().get("model_weights");
            if (!(modelWeights instanceof Group group)) {
                throw new KerasImportException(where + " has a model_config but no model_weights group, so it "
                        + "carries no weights.");
            }
            String version = textAttribute(hdf, "keras_version", where);
            return new ImportedModel(definition, KerasWeights.legacy(group, parsed, where),
                    "Keras " + (version == null ? "2" : abbreviate(version)) + " .h5 model", notes);
        });
    }

    /** A string attribute of the file's root group, or null when there is none. */
    private static String textAttribute(HdfFile hdf, String name, String where) {
        Attribute attribute = hdf.getAttribute(name);
        if (attribute == null) {
            return null;
        }
        Object data = attribute.getData();
        if (data instanceof String text) {
            return text;
        }
        if (data instanceof String[] texts && texts.length == 1) {
            return texts[0];
        }
        throw new KerasImportException(where + ": the attribute " + name + " is not text.");
    }

    private interface HdfReader<T> {
        T read(HdfFile hdf);
    }

    /** Runs {@code reader} on the HDF5 file; whatever the HDF5 library throws becomes one clear refusal. */
    private static <T> T hdf5(Path file, String where, HdfReader<T> reader) {
        try (HdfFile hdf = new HdfFile(file)) {
            return reader.read(hdf);
        } catch (NeuriteException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new KerasImportException(where + " is not a readable HDF5 file (damaged, truncated or using "
                    + "features Neurite does not read)" + (e.getMessage() == null ? "" : ": "
                    + abbreviate(e.getMessage())) + ".", e);
        }
    }

    // ---- shared ---------------------------------------------------------------------------------------------------

    private static JsonNode parse(String text, String source) {
        try {
            JsonNode tree = JSON.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new KerasImportException(source + " is not a JSON object.");
            }
            return tree;
        } catch (JacksonException e) {
            throw new KerasImportException(source + " is not valid JSON: " + abbreviate(e.getOriginalMessage()) + ".");
        }
    }

    private static ModelDefinition definition(KerasConfigReader.Parsed parsed, JsonNode compile, List<String> notes) {
        CompileSettings settings = KerasCompile.read(compile, notes);
        return new ModelDefinition(parsed.graph(), settings, FitSettings.defaults(), null);
    }

    private static String version(JsonNode root) {
        if (root.path("keras_version").isTextual()) {
            return "Keras " + abbreviate(root.get("keras_version").textValue());
        }
        return root.has("module") || root.has("registered_name") ? "Keras 3" : "Keras 2";
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() > 120 ? line.substring(0, 117) + "..." : line;
    }
}
