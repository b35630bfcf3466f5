package dev.neurite.app;

import dev.neurite.ui.NeuriteApplication;
import javafx.application.Application;

/** Starts the JavaFX application; kept apart from {@link Main} so the command line never loads JavaFX. */
final class DesktopLauncher {

    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        // The native libraries load (on the first start: unpack) in the background while the window opens; the
        // window gets the same future from NativeWarmup.start() and shows its progress.
        NativeWarmup.start();
        Application.launch(NeuriteApplication.class, args);
    }
}
