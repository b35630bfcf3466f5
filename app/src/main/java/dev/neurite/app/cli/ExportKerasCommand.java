package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.export.KerasExporter;
import dev.neurite.export.KerasScriptFiles;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.format.AtomicFiles;
import dev.neurite.format.DataArchive;
import dev.neurite.format.WeightsArchive;
import dev.neurite.imports.ModelFiles;
import org.nd4j.linalg.api.ndarray.INDArray;
import dev.neurite.model.ModelDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code neurite export-keras <model> [-o file.py] [--folds K [--stratified]] [--distribute data-parallel]}: a
 * runnable Keras script for the model, or for its k-fold cross-validation. A model with trained weights (a Keras
 * .keras/.h5 file, or a Neurite model with its weights archive) gets them beside the script as
 * {@code file.weights.npz}, which the script loads with {@code set_weights}.
 */
@Command(name = "export-keras", description = "Write a runnable Keras Python script for a model.")
final class ExportKerasCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file|keras-file>",
            description = "A template id, a model file, or a Keras model (.json config, .keras, .h5).")
    String model;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--dataset", defaultValue = "mnist", paramLabel = "mnist|fashion-mnist|digits",
            description = "The data set the script loads (default: ${DEFAULT-VALUE}); digits writes the bundled "
                    + "digits beside the script as " + KerasExporter.DIGITS_ARCHIVE + " (needs -o FILE).")
    String dataset;

    @Option(names = "--folds", paramLabel = "K",
            description = "Export a K-fold cross-validation instead of one fit (a scikit-learn KFold loop).")
    Integer folds;

    @Option(names = "--stratified", description = "With --folds: StratifiedKFold, keeping the class shares.")
    boolean stratified;

    @Option(names = "--seed", paramLabel = "S", description = "With --folds: the folds' random_state (default: the "
            + "model's seed).")
    Long seed;

    @Option(names = "--distribute", paramLabel = "data-parallel",
            description = "Train on every device with Keras 3's keras.distribution.DataParallel (JAX backend) and "
                    + "save model.keras and history.json for 'neurite import-run'.")
    String distribute;

    @Option(names = "--no-weights", description = "Do not export the model's trained weights.")
    boolean noWeights;

    @Override
    public void run() {
        if (!dataset.equals("mnist") && !dataset.equals("fashion-mnist") && !dataset.equals(KerasExporter.DIGITS)) {
            throw new NeuriteException("--dataset must be mnist, fashion-mnist or digits; got '" + dataset + "'.");
        }
        if (dataset.equals(KerasExporter.DIGITS) && output == null) {
            throw new NeuriteException("--dataset digits writes the digits beside the script: give -o FILE, e.g. "
                    + "-o train.py.");
        }
        if (distribute != null && !distribute.equals("data-parallel")) {
            throw new NeuriteException("--distribute must be data-parallel; got '" + distribute + "'.");
        }
        if (folds != null && folds < 2) {
            throw new NeuriteException("--folds must be at least 2; got " + folds + ".");
        }
        if (folds != null && distribute != null) {
            throw new NeuriteException("--folds and --distribute cannot be combined: a distributed script trains "
                    + "one model.");
        }
        ModelFiles.Resolved resolved = ModelLoading.resolve(model, spec);
        ModelDefinition definition = resolved.definition();
        String script = folds == null ? KerasExporter.export(definition, dataset, writeWeights(resolved),
                distribute != null)
                : KerasExporter.exportCrossValidation(definition, dataset, folds, stratified,
                        seed != null ? seed : definition.fit().seed());
        if (dataset.equals(KerasExporter.DIGITS)) {
            writeDigits();
        }
        if (output == null) {
            spec.commandLine().getOut().print(script);
            spec.commandLine().getOut().flush();
            return;
        }
        try {
            AtomicFiles.write(output, script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NeuriteException("Cannot write " + output + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("Wrote " + output);
    }

    /** Writes the bundled digits beside the script, where it loads them from. */
    private void writeDigits() {
        Path file = output.resolveSibling(KerasExporter.DIGITS_ARCHIVE);
        try {
            DataArchive.write(file, BundledDigits.load());
        } catch (IOException e) {
            throw new NeuriteException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("Wrote " + file);
    }

    /**
     * Writes the model's trained weights (a Keras file's own, or the archive beside a Neurite model) beside the
     * script as {@code <script>.weights.npz}; returns its name for the script, or null when there are none.
     */
    private String writeWeights(ModelFiles.Resolved resolved) {
        if (noWeights) {
            return null;
        }
        Map<String, INDArray> weights = resolved.weights().isEmpty() ? ModelFiles.trainedWeights(model)
                : resolved.weights();
        if (weights.isEmpty()) {
            return null;
        }
        if (output == null) {
            spec.commandLine().getErr().println("note: the trained weights are exported only with -o FILE, beside "
                    + "the script.");
            return null;
        }
        Path file = KerasScriptFiles.weightsBeside(output);
        try {
            new WeightsArchive().write(file, weights);
        } catch (IOException e) {
            throw new NeuriteException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getErr().println("Wrote " + file);
        return file.getFileName().toString();
    }
}
