package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The model templates shipped in the assets module ({@code neurite/templates/<id>.json}, listed in
 * {@code index.txt}), and the resolution of a command-line model argument: a template id or a model file.
 * Thread-safe; templates are read once.
 */
public final class Templates {

    private static final String ROOT = "neurite/templates/";
    private static volatile List<ModelDefinition> all;

    private Templates() {
    }

    /** Every template, in the order of the index. */
    public static List<ModelDefinition> all() {
        List<ModelDefinition> result = all;
        if (result == null) {
            result = load();
            all = result;
        }
        return result;
    }

    /** The template with {@code id}; throws a {@link ModelFormatException} listing the ids if there is none. */
    public static ModelDefinition get(String id) {
        for (ModelDefinition template : all()) {
            if (template.template().id().equals(id)) {
                return template;
            }
        }
        throw new ModelFormatException("There is no template '" + id + "'; the templates are " + ids() + ".");
    }

    /** The ids, comma-separated. */
    public static String ids() {
        return String.join(", ", all().stream().map(t -> t.template().id()).toList());
    }

    /**
     * A model named on the command line: a template id, or else the path of a model file.
     *
     * @throws ModelFormatException if it is neither
     */
    public static ModelDefinition resolve(String spec) {
        for (ModelDefinition template : all()) {
            if (template.template().id().equals(spec)) {
                return template;
            }
        }
        Path path = Path.of(spec);
        if (!Files.exists(path)) {
            throw new ModelFormatException("'" + spec + "' is neither a template (" + ids() + ") nor an existing "
                    + "model file.");
        }
        return ModelFileFormat.read(path);
    }

    private static List<ModelDefinition> load() {
        ClassLoader loader = Templates.class.getClassLoader();
        List<ModelDefinition> templates = new ArrayList<>();
        for (String id : readIndex(loader)) {
            try (InputStream in = loader.getResourceAsStream(ROOT + id + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("Template " + id + " is listed but missing from the assets");
                }
                templates.add(ModelFileFormat.read(in, "template " + id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(templates);
    }

    private static List<String> readIndex(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("The template index is missing: is the assets module on the class "
                        + "path?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
