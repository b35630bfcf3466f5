package dev.neurite.app;

import dev.neurite.ui.NeuriteApplication;

/** Starts the JavaFX application; kept apart from {@link Main} so the command line never loads JavaFX. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        NeuriteApplication.launchDesktop(args);
    }
}
