package dev.neurite.app.cli;

import dev.neurite.NeuriteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * The root of the command line. Each subcommand is a class of its own in this package, registered below.
 * Errors the user can fix ({@link NeuriteException}, bad arguments) print one {@code error:} line to stderr and exit
 * with status 2; {@code --debug} adds the stack trace.
 */
@Command(name = "neurite",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Build, train and test neural networks. Run without arguments to open the window.",
        subcommands = {
                CommandLine.HelpCommand.class,
                TemplatesCommand.class,
                SummaryCommand.class,
                ExportKerasCommand.class,
                TrainCommand.class,
                EvaluateCommand.class,
                DatasetsCommand.class,
                PredictCommand.class,
                ExplainCommand.class,
        })
public final class NeuriteCommand implements Runnable {

    /** Exit status for a problem with the user's input. */
    public static final int USER_ERROR = 2;

    @Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Runs the command line with {@code args} and returns the process exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line writing to the given streams (for tests); returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        NeuriteCommand root = new NeuriteCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("error: " + exception.getMessage());
            err.println("Run '" + exception.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return USER_ERROR;
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            boolean debugging = root.debug || parseResult.hasMatchedOption("--debug");
            if (debugging) {
                exception.printStackTrace(err);
            }
            if (exception instanceof NeuriteException) {
                err.println("error: " + exception.getMessage());
                return USER_ERROR;
            }
            if (!debugging) {
                err.println("error: internal error (" + exception + "); run again with --debug for details");
            }
            return 1;
        });
        return commandLine.execute(args);
    }
}
