package dev.neurite.app.cli;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.graph.ModelSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;

/** {@code neurite templates}: lists the model templates. */
@Command(name = "templates", description = "List the model templates.")
final class TemplatesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (ModelDefinition template : Templates.all()) {
            long params = template.graph().analyze().totalParameters().total();
            out.printf("%-18s %-40s %12s params%n", template.template().id(), template.template().title(),
                    ModelSummary.thousands(params));
        }
        out.flush();
    }
}
