package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.NeuriteException;
import dev.neurite.data.Sha256;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * A trained model on disk as one unit: the model file {@code name.json} and its weights {@code name.weights.zip},
 * which the model file names by SHA-256 ({@code "weights_sha256"}).
 *
 * <p>Saving writes the new weights to {@code .name.weights.next.zip} first, then the model file, then moves the
 * new weights over the old ones; each step replaces its file atomically. Whatever stops the program, the model file
 * on disk is the old one (whose weights are still {@code name.weights.zip}) or the new one (whose weights are in
 * {@code name.weights.zip} or, before the last step, still in the pending file, which loading then moves into
 * place). Loading checks the hash, so weights that belong to another model are refused even when their shapes fit.
 * Model files without the field (saved before it existed) load their weights unchecked.
 *
 * <p>Stateless; calls run on the calling thread and do file I/O.
 */
public final class SavedModel {

    /** A loaded model and its weights ({@code layer/weight} keys, Keras's layouts). */
    public record Loaded(ModelDefinition definition, Map<String, INDArray> weights, Path weightsFile) {
    }

    private SavedModel() {
    }

    /** The weights file that belongs to a model file: {@code model.json} -> {@code model.weights.zip}. */
    public static Path weightsFile(Path modelFile) {
        return WeightsArchive.besideModel(modelFile);
    }

    /** Where a save keeps the new weights until the model file names them. */
    static Path pendingWeightsFile(Path modelFile) {
        Path weights = weightsFile(modelFile).toAbsolutePath();
        String name = weights.getFileName().toString();
        return weights.resolveSibling("." + name.substring(0, name.length() - ".zip".length()) + ".next.zip");
    }

    /**
     * Saves {@code definition} with {@code weights} to {@code modelFile} and the weights file beside it, so that
     * the pair on disk is always a complete old or a complete new one.
     *
     * @throws IOException if writing fails (a full disk, say); the previous pair is then still the one on disk
     */
    public static void write(ModelDefinition definition, Map<String, INDArray> weights, Path modelFile)
            throws IOException {
        Path pending = pendingWeightsFile(modelFile);
        MessageDigest digest = Sha256.newDigest();
        AtomicFiles.write(pending, out -> {
            ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(out, digest));
            new WeightsArchive().write(zip, weights);
            zip.finish();
        });
        String sha256 = Sha256.hex(digest.digest());
        AtomicFiles.write(modelFile, ModelFileFormat.withWeightsHash(definition, sha256)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        move(pending, weightsFile(modelFile));
    }

    /**
     * Loads a model saved by {@link #write} (or by an earlier Neurite, without the hash) and its weights.
     *
     * @throws NeuriteException if either file is missing or unreadable, or the weights do not belong to the model
     */
    public static Loaded read(Path modelFile) {
        ModelFileFormat.Stored stored = ModelFileFormat.readStored(modelFile);
        Path weightsFile = weightsFile(modelFile);
        String expected = stored.weightsSha256();
        Path pending = pendingWeightsFile(modelFile);
        if (expected != null && !matches(weightsFile, expected) && matches(pending, expected)) {
            rollForward(pending, weightsFile);
        }
        if (!Files.isRegularFile(weightsFile)) {
            throw new NeuriteException("The model '" + modelFile + "' has no trained weights: '" + weightsFile
                    + "' is missing. Train it with 'neurite train " + modelFile + " --data ... --save " + modelFile
                    + "'.");
        }
        if (expected != null && !matches(weightsFile, expected)) {
            throw new NeuriteException("The weights '" + weightsFile + "' do not belong to the model '" + modelFile
                    + "': it was saved with other weights (files from different saves, or one copied over the "
                    + "other). Save the model again, or put its own weights file beside it.");
        }
        try {
            WeightsArchive archive = new WeightsArchive(WeightsArchive.Limits.forModel(stored.definition()));
            return new Loaded(stored.definition(), archive.read(weightsFile), weightsFile);
        } catch (IOException e) {
            throw new NeuriteException("Cannot read '" + weightsFile + "': " + e.getMessage(), e);
        }
    }

    private static boolean matches(Path file, String sha256) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Sha256.of(file).equals(sha256);
        } catch (IOException e) {
            throw new NeuriteException("Cannot read '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Finishes a save that was stopped after writing the model file; a reader that cannot write still loads. */
    private static void rollForward(Path pending, Path weightsFile) {
        try {
            move(pending, weightsFile);
        } catch (IOException e) {
            throw new NeuriteException("The save of '" + weightsFile + "' was interrupted and cannot be finished: "
                    + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
