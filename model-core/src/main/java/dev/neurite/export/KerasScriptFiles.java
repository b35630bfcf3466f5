package dev.neurite.export;

import dev.neurite.data.digits.BundledDigits;
import dev.neurite.format.AtomicFiles;
import dev.neurite.format.DataArchive;
import dev.neurite.format.Project;
import dev.neurite.format.TrainedWeights;
import dev.neurite.format.WeightsArchive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A project exported for a notebook: the Keras script and, when the project keeps the weights of a run of the model
 * in the editor, {@code <script>.weights.npz} beside it, which the script loads; a project on the bundled digits gets
 * them beside the script too ({@code digits.npz}). Runs on the calling thread (file
 * work); stateless.
 */
public final class KerasScriptFiles {

    /**
     * What was written.
     *
     * @param script  the script
     * @param weights the weights archive beside it, or null
     * @param data    the data archive beside it ({@code digits.npz}), or null
     * @param note    why no weights were written although the project keeps some, or null
     */
    public record Written(Path script, Path weights, Path data, String note) {
    }

    private KerasScriptFiles() {
    }

    /** The weights archive that belongs beside {@code script}: {@code train.py} -> {@code train.weights.npz}. */
    public static Path weightsBeside(Path script) {
        String name = script.getFileName().toString();
        String base = name.endsWith(".py") ? name.substring(0, name.length() - ".py".length()) : name;
        return script.resolveSibling(base + ".weights.npz");
    }

    /**
     * The data set the script loads for a project's data set: the bundled digits and Fashion-MNIST as themselves,
     * MNIST for every other (MNIST, imported files).
     */
    public static String kerasDataset(String datasetId) {
        return "fashion-mnist".equals(datasetId) || KerasExporter.DIGITS.equals(datasetId) ? datasetId : "mnist";
    }

    /**
     * Writes the script for {@code project}'s model to {@code script} (atomically), with the kept weights beside it
     * when they are weights of that very model.
     *
     * @throws dev.neurite.NeuriteException if the model has errors or the kept weights cannot be read
     */
    public static Written write(Project project, Path script) throws IOException {
        TrainedWeights kept = project.weightsOfModel().orElse(project.weights());
        Path weights = null;
        String note = null;
        if (project.weightsOfModel().isPresent()) {
            weights = weightsBeside(script);
            new WeightsArchive().write(weights, kept.read("the weights of run " + kept.run()));
        } else if (kept != null) {
            note = "The kept weights belong to run " + kept.run() + ", whose layers differ from the model in the "
                    + "editor; the script starts from new weights.";
        }
        String dataset = kerasDataset(project.dataset());
        Path data = null;
        if (KerasExporter.DIGITS.equals(dataset)) {
            data = script.resolveSibling(KerasExporter.DIGITS_ARCHIVE);
            DataArchive.write(data, BundledDigits.load());
        }
        String text = KerasExporter.export(project.model(), dataset,
                weights == null ? null : weights.getFileName().toString());
        AtomicFiles.write(script, text.getBytes(StandardCharsets.UTF_8));
        return new Written(script, weights, data, note);
    }
}
