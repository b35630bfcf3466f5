package dev.neurite.app;

import dev.neurite.ui.NeuriteApplication;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so the command line never loads JavaFX. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        Application.launch(NeuriteApplication.class, args);
    }
}
