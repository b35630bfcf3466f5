package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import dev.neurite.model.ModelDefinition;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.Keras3Summary;
import dev.neurite.graph.KerasStyle;
import dev.neurite.graph.ModelGraph;
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

/**
 * {@code neurite summary <model>}: Keras's model.summary(), then the problems found. {@code --style keras3} prints
 * Keras 3's table instead of Keras 2's, {@code --line-length} sets its width as Keras's {@code line_length} does.
 */
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

    @Option(names = "--style", paramLabel = "keras2|keras3", defaultValue = "keras2",
            converter = KerasStyleConverter.class,
            description = "The layout: keras2 (the lessons' table, default) or keras3 (Keras 3's boxed table with "
                    + "sizes in memory and, for graphs, a Connected to column).")
    KerasStyle style;

    @Option(names = "--line-length", paramLabel = "N",
            description = "Width of the keras3 table, as Keras's line_length (default: "
                    + (Keras3Summary.DEFAULT_TERMINAL_COLUMNS - 4) + ", what Keras 3 prints in an 80-column "
                    + "terminal).")
    Integer lineLength;

    /** The most classes {@code --classes} accepts. */
    static final int MAX_CLASSES = 65_536;

    /** Prints the summary and the problems; the status is 2 when the model has an error. */
    @Override
    public Integer call() {
        if (classes < 2 || classes > MAX_CLASSES) {
            throw new NeuriteException("--classes must be from 2 to " + MAX_CLASSES + "; got " + classes + ".");
        }
        if (lineLength != null && style != KerasStyle.KERAS3) {
            throw new NeuriteException("--line-length applies to --style keras3 only.");
        }
        if (lineLength != null && lineLength < 1) {
            throw new NeuriteException("--line-length must be at least 1; got " + lineLength + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        ModelDefinition definition = ModelLoading.definition(model, spec);
        out.print(summary(definition.graph()));
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

    private String summary(ModelGraph graph) {
        if (style != KerasStyle.KERAS3) {
            return ModelSummary.of(graph);
        }
        Keras3Summary.Options options = Keras3Summary.Options.forGraph(graph);
        try {
            return Keras3Summary.of(graph, lineLength == null ? options : options.withLineLength(lineLength));
        } catch (IllegalArgumentException e) {
            throw new NeuriteException("--line-length " + lineLength + ": " + e.getMessage());
        }
    }
}
