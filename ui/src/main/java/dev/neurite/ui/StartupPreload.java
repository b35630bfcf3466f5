package dev.neurite.ui;

import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.imports.ModelFiles;
import dev.neurite.format.Templates;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Work that can run while the JavaFX toolkit starts: reading the first project (which warms up the JSON reader)
 * and loading the classes of the heavier controls, on a second core. The window waits for the project only if it
 * is not ready yet.
 *
 * <p>Thread-safe: {@link #start} runs once on a daemon thread; {@link #template} may be called from any thread.
 */
final class StartupPreload {

    private static final List<String> CLASSES = List.of(
            "org.controlsfx.control.PropertySheet",
            "org.controlsfx.control.PropertySheet$Item",
            "org.controlsfx.property.editor.DefaultPropertyEditorFactory",
            "atlantafx.base.controls.CustomTextField",
            "atlantafx.base.theme.PrimerLight",
            "org.kordamp.ikonli.javafx.FontIcon",
            "org.kordamp.ikonli.feather.Feather",
            "org.kordamp.ikonli.feather.FeatherIkonHandler",
            "javafx.scene.control.TextArea",
            "javafx.scene.control.ListView",
            "javafx.scene.control.Spinner",
            "javafx.scene.control.ComboBox",
            "javafx.scene.control.SplitPane",
            "javafx.scene.control.MenuBar",
            "javafx.scene.control.ToolBar",
            "dev.neurite.graph.ModelSummary",
            "dev.neurite.graph.TrainingChecks");

    private static volatile CompletableFuture<Project> template;

    private StartupPreload() {
    }

    private static boolean isKerasFile(String spec) {
        try {
            Path path = Path.of(spec);
            return java.nio.file.Files.isRegularFile(path) && ModelFiles.isKeras(path);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /**
     * Starts reading {@code spec} and loading classes in the background: a template id, a model file ({@code .json}),
     * a project file ({@code .neurite}) or a Keras model ({@code .keras}, {@code .h5}, a Keras JSON config).
     */
    static synchronized void start(String spec) {
        if (template == null) {
            template = CompletableFuture.supplyAsync(() -> {
                Project project = spec.endsWith("." + ProjectFile.EXTENSION) ? ProjectFile.read(Path.of(spec))
                        : isKerasFile(spec) ? ModelFiles.openProject(Path.of(spec))
                        : Project.of(Templates.resolve(spec));
                project.model().graph().analyze();
                loadClasses();
                return project;
            }, runnable -> {
                Thread thread = new Thread(runnable, "neurite-preload");
                thread.setDaemon(true);
                thread.start();
            });
        }
    }

    /**
     * The project {@code spec} names, waiting for the preload if it is running.
     *
     * @throws java.util.concurrent.CompletionException if it cannot be read
     */
    static Project project(String spec) {
        start(spec);
        return template.join();
    }

    private static void loadClasses() {
        ClassLoader loader = StartupPreload.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException e) {
                // Only a warm-up: a missing class shows up properly where it is used.
            }
        }
    }
}
