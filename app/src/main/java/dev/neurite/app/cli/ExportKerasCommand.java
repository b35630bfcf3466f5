package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.export.KerasExporter;
import dev.neurite.format.AtomicFiles;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code neurite export-keras <model> [-o file.py] [--folds K [--stratified]]}: a runnable Keras script for the model,
 * or for its k-fold cross-validation.
 */
@Command(name = "export-keras", description = "Write a runnable Keras Python script for a model.")
final class ExportKerasCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file>", description = "A template id or a model file.")
    String model;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--dataset", defaultValue = "mnist", paramLabel = "mnist|fashion-mnist",
            description = "The Keras data set the script loads (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--folds", paramLabel = "K",
            description = "Export a K-fold cross-validation instead of one fit (a scikit-learn KFold loop).")
    Integer folds;

    @Option(names = "--stratified", description = "With --folds: StratifiedKFold, keeping the class shares.")
    boolean stratified;

    @Option(names = "--seed", paramLabel = "S", description = "With --folds: the folds' random_state (default: the "
            + "model's seed).")
    Long seed;

    @Override
    public void run() {
        if (!dataset.equals("mnist") && !dataset.equals("fashion-mnist")) {
            throw new NeuriteException("--dataset must be mnist or fashion-mnist; got '" + dataset + "'.");
        }
        ModelDefinition definition = Templates.resolve(model);
        if (folds != null && folds < 2) {
            throw new NeuriteException("--folds must be at least 2; got " + folds + ".");
        }
        String script = folds == null ? KerasExporter.export(definition, dataset)
                : KerasExporter.exportCrossValidation(definition, dataset, folds, stratified,
                        seed != null ? seed : definition.fit().seed());
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
}
