package dev.neurite.ui;

/**
 * How the window starts, from a system property or an environment variable (the property wins):
 * {@code neurite.template} / {@code NEURITE_TEMPLATE} a template id, model file or project file to open (default
 * {@code mnist-mlp}). The screenshot and timing switches live in the bench module ({@link DesktopHook}).
 *
 * @param template the template id to start with
 */
public record StartupOptions(String template) {

    /** The template a new window shows. */
    public static final String DEFAULT_TEMPLATE = "mnist-mlp";

    public static StartupOptions fromEnvironment() {
        String template = value("neurite.template", "NEURITE_TEMPLATE");
        return new StartupOptions(template == null ? DEFAULT_TEMPLATE : template);
    }

    /** A system property's value, else the environment variable's; null when both are unset or blank. */
    public static String value(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
