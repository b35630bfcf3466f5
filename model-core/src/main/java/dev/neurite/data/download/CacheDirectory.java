package dev.neurite.data.download;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Neurite keeps downloaded files for the current user: {@code $XDG_CACHE_HOME/neurite} or
 * {@code ~/.cache/neurite} on Linux and other Unix systems, {@code %LOCALAPPDATA%\Neurite} on Windows,
 * {@code ~/Library/Caches/Neurite} on macOS. The system property {@value #OVERRIDE_PROPERTY} replaces all of these.
 */
public final class CacheDirectory {

    /** System property naming a cache folder to use instead of the platform's. */
    public static final String OVERRIDE_PROPERTY = "neurite.cache.dir";

    private CacheDirectory() {
    }

    /** The cache folder of the current user on this machine (not created). */
    public static Path forCurrentUser() {
        String override = System.getProperty(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    /** The cache folder for an operating system name, environment and home folder (pure; for tests). */
    public static Path resolve(String osName, Map<String, String> environment, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("Neurite");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Caches", "Neurite");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "neurite");
        }
        return Path.of(home, ".cache", "neurite");
    }
}
