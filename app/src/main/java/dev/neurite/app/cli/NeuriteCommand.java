package dev.neurite.app.cli;

import dev.neurite.ErrorText;
import dev.neurite.NeuriteException;
import dev.neurite.app.AppLog;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The root of the command line. Each subcommand is a class of its own in this package, registered below.
 * Errors the user can fix ({@link NeuriteException}, bad arguments) print one {@code error:} line to stderr and exit
 * with status 2; {@code --debug} adds the stack trace. Any other error is a bug: its stack trace goes to the log
 * ({@link AppLog}), and one {@code error:} line names the log file.
 *
 * <p>The engine is made here, once per run, when the first command asks for it ({@link #engine()}; commands that
 * compute nothing never load ND4J), and handed to the commands through their {@code @ParentCommand} field.
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
                CrossValidateCommand.class,
                EvaluateCommand.class,
                DatasetsCommand.class,
                PredictCommand.class,
                ImportRunCommand.class,
                ExplainCommand.class,
        })
public final class NeuriteCommand implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(NeuriteCommand.class);

    /** Exit status for a problem with the user's input. */
    public static final int USER_ERROR = 2;

    @Option(names = "--debug", description = "Print stack traces of errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    private final Supplier<Engine> engines;
    private Engine engine;

    /** A command line that computes with a {@link CpuEngine}. */
    public NeuriteCommand() {
        this(CpuEngine::new);
    }

    /** @param engines makes the engine, at most once */
    NeuriteCommand(Supplier<Engine> engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    /** The engine every command of this run computes with, made on the first call. */
    Engine engine() {
        if (engine == null) {
            engine = engines.get();
        }
        return engine;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Gives every subcommand, at any depth, {@code --help} and {@code --version} like the root's. */
    private static void withHelpOptions(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            withHelpOptions(sub);
        }
    }

    /** Runs the command line with {@code args} and returns the process exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line writing to the given streams (for tests); returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        NeuriteCommand root = new NeuriteCommand();
        CommandLine commandLine = new CommandLine(root);
        withHelpOptions(commandLine);
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
            LOG.error("Internal error in: neurite {}", String.join(" ", args), exception);
            if (!debugging) {
                err.println(internalError(exception));
            }
            return 1;
        });
        return commandLine.execute(args);
    }

    /**
     * The one line for an error the program did not expect (a bug, exit status 1): what it says, that it should be
     * reported, and where its details are.
     */
    static String internalError(Exception exception) {
        return "error: internal error: " + ErrorText.oneLine(exception) + AppLog.current()
                .map(log -> ". Please report it with the details in " + log + " (or run again with --debug).")
                .orElse("; please report it (run again with --debug for the details).");
    }
}
