package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.export.KerasExporter;
import dev.neurite.format.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code neurite export-keras <model> [-o file.py]}: a runnable Keras script for the model. */
@Command(name = "export-keras", description = "Write a runnable Keras Python script for a model.")
final class ExportKerasCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file|keras-file>", description = "A template id, a model file, or a Keras model (.json config, .keras, .h5).")
    String model;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--dataset", defaultValue = "mnist", paramLabel = "mnist|fashion-mnist",
            description = "The Keras data set the script loads (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Override
    public void run() {
        if (!dataset.equals("mnist") && !dataset.equals("fashion-mnist")) {
            throw new NeuriteException("--dataset must be mnist or fashion-mnist; got '" + dataset + "'.");
        }
        String script = KerasExporter.export(ModelLoading.definition(model, spec), dataset);
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
