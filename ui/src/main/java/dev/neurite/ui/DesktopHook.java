package dev.neurite.ui;

import dev.neurite.ui.shell.MainWindow;

import java.util.ServiceLoader;

/**
 * Lets a tool outside the product take part in the desktop window's start: the bench module's screenshot and
 * start-up timing scenarios ({@code scripts/screenshot.sh}, {@code NEURITE_SCREENSHOT}, {@code NEURITE_TIMING}).
 * Found with {@link ServiceLoader} on the class path; the shipped app has none, so nothing happens. Every method is
 * called on the JavaFX thread.
 */
public interface DesktopHook {

    /** The hook that does nothing. */
    DesktopHook NONE = new DesktopHook() { };

    /** A start-up step was reached: {@code "JavaFX started"}, {@code "window built"} or {@code "window shown"}. */
    default void reached(String step) {
    }

    /** The window is built and not shown yet. */
    default void built(MainWindow window) {
    }

    /**
     * The window was first shown.
     *
     * @return true when the hook takes over from the window's own after-shown work (fitting the model into view,
     *         offering to recover unsaved work)
     */
    default boolean shown(MainWindow window) {
        return false;
    }

    /** The first hook on the class path, or {@link #NONE}. */
    static DesktopHook fromClassPath() {
        return ServiceLoader.load(DesktopHook.class).findFirst().orElse(NONE);
    }
}
