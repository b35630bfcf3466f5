package dev.neurite.imports.keras;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.neurite.train.EpochMetrics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keras's training history as a notebook saves it, {@code json.dump(history.history, f)}: an object of equally long
 * lists, one value per epoch, under {@code loss}, {@code accuracy} (or {@code acc}), {@code val_loss},
 * {@code val_accuracy} (or {@code val_acc}) and, when a callback changed it, {@code learning_rate} (or {@code lr}).
 * Only {@code loss} is required; Python's {@code NaN} is accepted. Other metrics are ignored. Stateless.
 */
public final class KerasHistory {

    /** Files larger than this are refused before reading. */
    public static final long MAX_BYTES = 16L << 20;
    /** Histories with more epochs are refused. */
    public static final int MAX_EPOCHS = 100_000;

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private KerasHistory() {
    }

    /**
     * The epochs of {@code file}, numbered from 1.
     *
     * @param learningRate the rate to record when the history has none
     * @throws KerasImportException if the file is missing, too large or not a Keras history
     */
    public static List<EpochMetrics> read(Path file, double learningRate) {
        String where = file.toString();
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new KerasImportException(where + " is " + size + " bytes; a history is at most " + MAX_BYTES
                        + " bytes.");
            }
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new KerasImportException("No such file: " + file);
        } catch (JacksonException e) {
            throw new KerasImportException(where + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new KerasImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("loss").isArray()) {
            throw new KerasImportException(where + " is not a Keras history: it needs a \"loss\" list, as "
                    + "json.dump(history.history, f) writes.");
        }
        double[] loss = values(root, where, "loss");
        int epochs = loss.length;
        if (epochs > MAX_EPOCHS) {
            throw new KerasImportException(where + " has " + epochs + " epochs; at most " + MAX_EPOCHS
                    + " are read.");
        }
        double[] accuracy = values(root, where, epochs, "accuracy", "acc");
        double[] validationLoss = values(root, where, epochs, "val_loss");
        double[] validationAccuracy = values(root, where, epochs, "val_accuracy", "val_acc");
        double[] rates = values(root, where, epochs, "learning_rate", "lr");
        List<EpochMetrics> history = new ArrayList<>();
        for (int i = 0; i < epochs; i++) {
            history.add(new EpochMetrics(i + 1, loss[i], accuracy[i], validationLoss[i], validationAccuracy[i], 0, 0,
                    Double.isNaN(rates[i]) ? learningRate : rates[i]));
        }
        return history;
    }

    /** The list under the first of {@code keys} present, of {@code epochs} values; NaNs when none is. */
    private static double[] values(JsonNode root, String where, int epochs, String... keys) {
        for (String key : keys) {
            if (root.has(key)) {
                double[] values = values(root, where, key);
                if (values.length != epochs) {
                    throw new KerasImportException(where + ": \"" + key + "\" has " + values.length + " values but "
                            + "\"loss\" has " + epochs + "; every list has one value per epoch.");
                }
                return values;
            }
        }
        double[] none = new double[epochs];
        java.util.Arrays.fill(none, Double.NaN);
        return none;
    }

    private static double[] values(JsonNode root, String where, String key) {
        JsonNode list = root.get(key);
        if (!list.isArray() || list.size() > MAX_EPOCHS) {
            throw new KerasImportException(where + ": \"" + key + "\" must be a list of at most " + MAX_EPOCHS
                    + " numbers.");
        }
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = list.get(i);
            if (!value.isNumber()) {
                throw new KerasImportException(where + ": \"" + key + "\" holds " + value + " at epoch " + (i + 1)
                        + "; it must hold numbers.");
            }
            values[i] = value.doubleValue();
        }
        return values;
    }
}
