package dev.neurite.model;

/**
 * What a template says about itself. A bad value is refused with {@link IllegalArgumentException} (the model file's
 * reader turns it into its own error).
 *
 * @param id          a short stable id used on the command line, e.g. {@code mnist-mlp}
 * @param title       a title for menus
 * @param description one paragraph on what the model is and what to expect from it
 */
public record TemplateInfo(String id, String title, String description) {

    public TemplateInfo {
        if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("A template id must be lower-case letters, digits and '-'; got '" + id
                    + "'.");
        }
        if (title == null || title.isBlank() || description == null || description.isBlank()) {
            throw new IllegalArgumentException("Template '" + id + "' needs a title and a description.");
        }
    }
}
