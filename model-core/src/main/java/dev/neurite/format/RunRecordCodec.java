package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.crossval.CrossValidationResult;
import dev.neurite.train.crossval.FoldResult;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static dev.neurite.format.JsonFields.number;
import static dev.neurite.format.JsonFields.putNumber;

/**
 * JSON of a {@link RunRecord}, for the project file: {@code {"format": "neurite-run", "format_version": 1, ...}} with
 * the model as a nested model file. Missing values (no validation, no test) are written as {@code null}. Unknown
 * versions are refused. A run of kind cross-validation adds {@code "kind": "cross_validation"} and a
 * {@code cross_validation} object (folds asked, stratified, seed, cancelled, and per fold its sample counts, loss,
 * accuracy, end, seconds and history); a training run is written as before, so files without these fields read as
 * training runs. A run with layer statistics adds a {@code layer_statistics} array ({@link LayerStatisticsCodec});
 * files without it read as runs without statistics. Stateless and thread-safe.
 */
public final class RunRecordCodec {

    public static final String FORMAT = "neurite-run";
    public static final int CURRENT_VERSION = 1;
    private static final String CROSS_VALIDATION = "cross_validation";
    private static final String LAYER_STATISTICS = "layer_statistics";
    private static final String[] EPOCH_FIELDS = {"epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds",
        "samples_per_second", "learning_rate"};

    private RunRecordCodec() {
    }

    /** The JSON text of {@code run}. */
    public static String write(RunRecord run) {
        try {
            return Json.MAPPER.writeValueAsString(tree(run)) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("Writing a JSON tree failed", e);
        }
    }

    /** The JSON tree of {@code run}. */
    public static ObjectNode tree(RunRecord run) {
        ObjectNode root = JsonFields.newObject();
        root.put("format", FORMAT);
        root.put("format_version", CURRENT_VERSION);
        root.put("number", run.number());
        root.put("started", run.started().toString());
        root.put("seconds", run.seconds());
        root.put("dataset", run.datasetId());
        root.put("dataset_sha256", run.datasetHash());
        root.put("batches_per_epoch", run.batchesPerEpoch());
        root.put("end_reason", run.endReason().name().toLowerCase(java.util.Locale.ROOT));
        root.put("end_message", run.endMessage());
        putNumber(root, "test_loss", run.testLoss());
        putNumber(root, "test_accuracy", run.testAccuracy());
        root.set("callbacks", writeCallbacks(run.callbacks()));
        writeHistory(root.putArray("history"), run.history());
        if (!run.layers().isEmpty()) {
            LayerStatisticsCodec.write(root.putArray(LAYER_STATISTICS), run.layers());
        }
        if (run.isCrossValidation()) {
            root.put("kind", CROSS_VALIDATION);
            root.set(CROSS_VALIDATION, writeCrossValidation(run.crossValidation()));
        }
        try {
            root.set("model", Json.MAPPER.readTree(ModelFileFormat.write(run.model())));
        } catch (JacksonException e) {
            throw new IllegalStateException("Re-reading a model written a moment ago failed", e);
        }
        return root;
    }

    /** Reads a run from JSON text; {@code source} names it in messages. */
    public static RunRecord read(String json, String source) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new ModelFormatException(source + " is not valid JSON: " + e.getOriginalMessage());
        }
        return read(tree, source);
    }

    /** Reads a run from a JSON tree (an entry of a project file's run list). */
    public static RunRecord read(JsonNode tree, String source) {
        JsonFields root = JsonFields.of(tree, source);
        if (!FORMAT.equals(root.string("format"))) {
            throw new ModelFormatException(source + " is not a Neurite run (format '" + root.string("format")
                    + "', expected '" + FORMAT + "')");
        }
        int version = root.integer("format_version");
        if (version != CURRENT_VERSION) {
            throw new ModelFormatException(source + " has run format version " + version + "; this Neurite reads "
                    + "version " + CURRENT_VERSION + ". Update Neurite to open it.");
        }
        try {
            ModelDefinition model = ModelFileFormat.read(Json.MAPPER.writeValueAsString(tree.get("model")),
                    source + " (model)");
            List<EpochMetrics> history = readHistory(tree.path("history"));
            CrossValidationResult crossValidation = readCrossValidation(root, tree, source);
            return new RunRecord(root.integer("number"), Instant.parse(root.string("started")),
                    root.number("seconds"), model, readCallbacks(tree.path("callbacks")), root.string("dataset"),
                    root.string("dataset_sha256", ""), history, root.integer("batches_per_epoch", 0),
                    TrainingListener.EndReason.valueOf(root.string("end_reason").toUpperCase(java.util.Locale.ROOT)),
                    root.string("end_message", ""), number(tree, "test_loss"), number(tree, "test_accuracy"),
                    crossValidation, LayerStatisticsCodec.read(tree.get(LAYER_STATISTICS)));
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
            throw new ModelFormatException(source + " has an invalid run: " + e.getMessage());
        }
    }

    private static void writeHistory(ArrayNode history, List<EpochMetrics> epochs) {
        for (EpochMetrics e : epochs) {
            ObjectNode epoch = history.addObject();
            double[] values = {e.epoch(), e.loss(), e.accuracy(), e.validationLoss(), e.validationAccuracy(),
                e.seconds(), e.samplesPerSecond(), e.learningRate()};
            for (int i = 0; i < values.length; i++) {
                putNumber(epoch, EPOCH_FIELDS[i], values[i]);
            }
        }
    }

    private static List<EpochMetrics> readHistory(JsonNode array) {
        List<EpochMetrics> history = new ArrayList<>();
        for (JsonNode epoch : array) {
            double[] v = new double[EPOCH_FIELDS.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = number(epoch, EPOCH_FIELDS[i]);
            }
            history.add(new EpochMetrics((int) v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]));
        }
        return history;
    }

    private static ObjectNode writeCrossValidation(CrossValidationResult result) {
        ObjectNode node = JsonFields.newObject();
        node.put("folds", result.k());
        node.put("stratified", result.stratified());
        node.put("seed", result.seed());
        node.put("cancelled", result.cancelled());
        ArrayNode folds = node.putArray("results");
        for (FoldResult fold : result.folds()) {
            ObjectNode f = folds.addObject();
            f.put("fold", fold.fold());
            f.put("train_samples", fold.trainSamples());
            f.put("held_out_samples", fold.heldOutSamples());
            putNumber(f, "loss", fold.loss());
            putNumber(f, "accuracy", fold.accuracy());
            f.put("end_reason", fold.endReason().name().toLowerCase(java.util.Locale.ROOT));
            f.put("seconds", fold.seconds());
            writeHistory(f.putArray("history"), fold.history());
        }
        return node;
    }

    /** The cross-validation of a run, or null for a training run; {@code source} names the run in messages. */
    private static CrossValidationResult readCrossValidation(JsonFields root, JsonNode tree, String source) {
        String kind = root.string("kind", "training");
        if (!kind.equals("training") && !kind.equals(CROSS_VALIDATION)) {
            throw new ModelFormatException(source + ".kind must be training or cross_validation; got '" + kind
                    + "'.");
        }
        JsonNode node = tree.get(CROSS_VALIDATION);
        if (kind.equals("training")) {
            return null;
        }
        if (node == null || !node.isObject()) {
            throw new ModelFormatException(source + " is a cross_validation run without its cross_validation object.");
        }
        List<FoldResult> folds = new ArrayList<>();
        for (JsonNode f : node.path("results")) {
            folds.add(new FoldResult(f.path("fold").asInt(), f.path("train_samples").asInt(),
                    f.path("held_out_samples").asInt(), readHistory(f.path("history")), number(f, "loss"),
                    number(f, "accuracy"), TrainingListener.EndReason.valueOf(f.path("end_reason").asText("completed")
                    .toUpperCase(java.util.Locale.ROOT)), f.path("seconds").asDouble()));
        }
        return new CrossValidationResult(folds, node.path("folds").asInt(folds.size()),
                node.path("stratified").asBoolean(), node.path("seed").asLong(), node.path("cancelled").asBoolean());
    }

    private static ObjectNode writeCallbacks(CallbackSettings callbacks) {
        ObjectNode node = JsonFields.newObject();
        if (callbacks.earlyStopping() != null) {
            var es = callbacks.earlyStopping();
            ObjectNode e = node.putObject("early_stopping");
            e.put("monitor", es.monitor());
            e.put("min_delta", es.minDelta());
            e.put("patience", es.patience());
            e.put("restore_best_weights", es.restoreBestWeights());
        }
        if (callbacks.checkpoint() != null) {
            ObjectNode c = node.putObject("model_checkpoint");
            c.put("folder", callbacks.checkpoint().folder().toString());
            c.put("monitor", callbacks.checkpoint().monitor());
            c.put("save_best_only", callbacks.checkpoint().saveBestOnly());
        }
        if (callbacks.reduceOnPlateau() != null) {
            var r = callbacks.reduceOnPlateau();
            ObjectNode p = node.putObject("reduce_lr_on_plateau");
            p.put("monitor", r.monitor());
            p.put("factor", r.factor());
            p.put("patience", r.patience());
            p.put("min_delta", r.minDelta());
            p.put("cooldown", r.cooldown());
            p.put("min_lr", r.minLearningRate());
        }
        return node;
    }

    private static CallbackSettings readCallbacks(JsonNode node) {
        CallbackSettings settings = CallbackSettings.none();
        JsonNode es = node.path("early_stopping");
        if (es.isObject()) {
            settings = settings.withEarlyStopping(new CallbackSettings.EarlyStoppingSettings(es.path("monitor")
                    .asText(), es.path("min_delta").asDouble(), es.path("patience").asInt(),
                    es.path("restore_best_weights").asBoolean()));
        }
        JsonNode c = node.path("model_checkpoint");
        if (c.isObject()) {
            settings = settings.withCheckpoint(new CallbackSettings.CheckpointSettings(Path.of(c.path("folder")
                    .asText()), c.path("monitor").asText(), c.path("save_best_only").asBoolean()));
        }
        JsonNode r = node.path("reduce_lr_on_plateau");
        if (r.isObject()) {
            settings = settings.withReduceOnPlateau(new CallbackSettings.ReduceOnPlateauSettings(r.path("monitor")
                    .asText(), r.path("factor").asDouble(), r.path("patience").asInt(), r.path("min_delta")
                    .asDouble(), r.path("cooldown").asInt(), r.path("min_lr").asDouble()));
        }
        return settings;
    }

}
