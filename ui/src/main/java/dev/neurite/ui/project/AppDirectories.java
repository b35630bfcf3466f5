package dev.neurite.ui.project;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Neurite keeps its own files: the recovery file, recent files, appearance settings and the log. The system
 * property {@code neurite.dataDir} overrides the platform's default (tests point it at a temporary folder).
 *
 * @param root the data folder; created when first written
 */
public record AppDirectories(Path root) {

    /** The user's data folder for Neurite on this platform. */
    public static AppDirectories standard() {
        String override = System.getProperty("neurite.dataDir");
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return new AppDirectories((appData != null ? Path.of(appData) : home).resolve("Neurite"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(home.resolve("Library/Application Support/Neurite"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return new AppDirectories((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share"))
                .resolve("neurite"));
    }

    /** The autosaved copy of unsaved work, removed on a clean exit. */
    public Path recoveryFile() {
        return root.resolve("recovery.neurite");
    }

    public Path recentFiles() {
        return root.resolve("recent-files.txt");
    }

    public Path settings() {
        return root.resolve("settings.properties");
    }

    /** The folder of the rolling log files. */
    public Path logFolder() {
        return root.resolve("logs");
    }

    /**
     * The log file being written (older ones are {@code neurite1.log} .. {@code neurite4.log} beside it). The app
     * configures the log (dev.neurite.app.AppLog); the window's error dialog names this file.
     */
    public Path logFile() {
        return logFolder().resolve("neurite0.log");
    }
}
