package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.imports.RunImport;
import dev.neurite.imports.keras.ImportedModel;
import dev.neurite.imports.keras.KerasHistory;
import dev.neurite.imports.keras.KerasImporter;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code neurite import-run <model.keras> [--history history.json] --project <file.neurite>}: brings a model trained
 * elsewhere (e.g. by an exported script on many GPUs) back as a run of a project, its curves from Keras's history and
 * its weights kept for the Test place. The project is created from the model when the file does not exist.
 */
@Command(name = "import-run", description = "Add a Keras model trained elsewhere (and its history) to a project as "
        + "a run.")
final class ImportRunCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<keras-file>", description = "The trained model: a .keras or .h5 file with weights.")
    Path model;

    @Option(names = "--history", paramLabel = "<history.json>",
            description = "Keras's history, as json.dump(history.history, f) writes it.")
    Path history;

    @Option(names = "--project", required = true, paramLabel = "<file.neurite>",
            description = "The project to add the run to; created from the model if it does not exist.")
    Path project;

    @Override
    public void run() {
        if (!project.getFileName().toString().endsWith("." + ProjectFile.EXTENSION)) {
            throw new NeuriteException("--project must name a ." + ProjectFile.EXTENSION + " file; got '" + project
                    + "'.");
        }
        ImportedModel imported = KerasImporter.read(model);
        PrintWriter err = spec.commandLine().getErr();
        imported.notes().forEach(note -> err.println("note: " + note));
        if (!imported.hasWeights()) {
            throw new NeuriteException("'" + model + "' carries no weights; import-run needs the trained model "
                    + "(model.save(\"model.keras\")).");
        }
        List<EpochMetrics> epochs = history == null ? List.of()
                : KerasHistory.read(history, imported.definition().compile().optimizer().learningRate());
        Project base = Files.exists(project) ? ProjectFile.read(project) : Project.of(imported.definition());
        Project updated = RunImport.add(base, imported, epochs, model.getFileName().toString());
        try {
            ProjectFile.write(updated, project);
        } catch (IOException e) {
            throw new NeuriteException("Cannot write " + project + ": " + e.getMessage(), e);
        }
        RunRecord run = updated.runs().get(updated.runs().size() - 1);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Added " + run.title() + " to " + project + ": " + run.endMessage());
        run.lastEpoch().ifPresent(last -> out.println("Last epoch: "
                + last.toKerasLine().substring(last.toKerasLine().indexOf("loss"))));
        out.flush();
        err.flush();
    }
}
