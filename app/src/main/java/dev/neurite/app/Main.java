package dev.neurite.app;

import dev.neurite.app.cli.NeuriteCommand;
import dev.neurite.ui.project.AppDirectories;
import org.slf4j.LoggerFactory;

/**
 * The single entry point: with no arguments, or a project file only, it opens the desktop window; otherwise it runs
 * the command line. A plain class (not an {@code Application}) so that JavaFX starts from the class path.
 */
public final class Main {

    /** The extension of Neurite project files, which the desktop entry opens in the window. */
    static final String PROJECT_EXTENSION = ".neurite";

    private Main() {
    }

    public static void main(String[] args) {
        AppLog.configure(AppDirectories.standard()); // before anything logs, ND4J included
        LoggerFactory.getLogger(Main.class).info("Started: {}", args.length == 0 ? "the window"
                : "neurite " + String.join(" ", args));
        NativePlatform.configure(); // before anything loads ND4J
        if (args.length == 0 || isProjectFile(args)) {
            DesktopLauncher.launch(args);
            return;
        }
        if (ConsoleWarmup.mustLoadBefore(args, NativeWarmup.needsUnpacking())) {
            boolean required = ConsoleWarmup.isNeededBy(args);
            if (!ConsoleWarmup.await(System.err, required) && required) {
                System.exit(1);
            }
        }
        System.exit(NeuriteCommand.run(args));
    }

    /** Whether the arguments are a single project file, as a file manager passes it. */
    static boolean isProjectFile(String[] args) {
        return args.length == 1 && args[0].endsWith(PROJECT_EXTENSION) && !args[0].startsWith("-");
    }
}
