package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.model.ModelDefinition;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.ModelSummary;
import dev.neurite.graph.TrainingChecks;
import dev.neurite.graph.TrainingContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code neurite summary <model>}: Keras's model.summary(), then the problems found. */
@Command(name = "summary", description = "Print a model's summary as Keras does, then its problems.")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<template-id|model-file|keras-file>",
            description = "A template id, a model file, or a Keras model (.json config, .keras, .h5).")
    String model;

    @Option(names = "--classes", paramLabel = "N", defaultValue = "10",
            description = "Classes of the data set the output is checked against (default: ${DEFAULT-VALUE}).")
    int classes;

    /** The most classes {@code --classes} accepts. */
    static final int MAX_CLASSES = 65_536;

    /** Prints the summary and the problems; the status is 2 when the model has an error. */
    @Override
    public Integer call() {
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new NeuriteException("--classes must be from 2 to " + MAX_CLASSES + "; got " + classes + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        ModelDefinition definition = ModelLoading.definition(model, spec);
        out.print(ModelSummary.of(definition.graph()));
        List<Diagnostic> diagnostics = TrainingChecks.diagnose(definition.graph().analyze(),
                TrainingContext.of(definition.compile(), classes, classes + "-class data")
                        .withPcaComponents(definition.fit().pcaComponents()));
        if (diagnostics.isEmpty()) {
            out.println("No problems found.");
        } else {
            out.println("Problems:");
            diagnostics.forEach(d -> out.println("  " + d));
        }
        out.flush();
        return diagnostics.stream().anyMatch(Diagnostic::isError) ? NeuriteCommand.USER_ERROR : 0;
    }
}
