package dev.neurite.app;

import dev.neurite.app.cli.NeuriteCommand;

/**
 * The single entry point: with no arguments it opens the desktop window, otherwise it runs the command line.
 * A plain class (not an {@code Application}) so that JavaFX starts from the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopLauncher.launch(args);
            return;
        }
        System.exit(NeuriteCommand.run(args));
    }
}
