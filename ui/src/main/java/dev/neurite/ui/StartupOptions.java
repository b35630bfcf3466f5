package dev.neurite.ui;

import java.nio.file.Path;

/**
 * How the window starts, from system properties or environment variables (the property wins):
 * {@code neurite.template} / {@code NEURITE_TEMPLATE} a template id, model file or project file to open (default
 * {@code mnist-mlp});
 * {@code neurite.screenshot} / {@code NEURITE_SCREENSHOT} a PNG path: write a snapshot of the window after the
 * first layout and exit; {@code neurite.timing} / {@code NEURITE_TIMING}: print the time from process start to the
 * first shown frame; {@code neurite.select} / {@code NEURITE_SELECT} a layer to select and {@code neurite.place} /
 * {@code NEURITE_PLACE} the place to show ({@code build}, {@code train} or {@code test}), for screenshots.
 *
 * @param template   the template id to start with
 * @param screenshot where to write the snapshot, or null
 * @param timing     whether to print the startup time
 * @param select     the layer to select at start, or null
 * @param place      the place to show at start, or null for Build
 */
public record StartupOptions(String template, Path screenshot, boolean timing, String select, String place) {

    /** The template a new window shows. */
    public static final String DEFAULT_TEMPLATE = "mnist-mlp";

    public static StartupOptions fromEnvironment() {
        String template = value("neurite.template", "NEURITE_TEMPLATE");
        String screenshot = value("neurite.screenshot", "NEURITE_SCREENSHOT");
        String timing = value("neurite.timing", "NEURITE_TIMING");
        return new StartupOptions(template == null ? DEFAULT_TEMPLATE : template,
                screenshot == null ? null : Path.of(screenshot), timing != null && !timing.equals("0"),
                value("neurite.select", "NEURITE_SELECT"), value("neurite.place", "NEURITE_PLACE"));
    }

    private static String value(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
