package dev.neurite.ui.project;

import dev.neurite.NeuriteException;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.layers.LayerType;
import dev.neurite.format.ProjectFile;
import dev.neurite.export.KerasScriptFiles;
import dev.neurite.imports.ModelFiles;
import dev.neurite.imports.RunImport;
import dev.neurite.imports.keras.ImportedModel;
import dev.neurite.imports.keras.KerasHistory;
import dev.neurite.imports.keras.KerasImporter;
import dev.neurite.train.EpochMetrics;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The project as a file: which file it is, the window title (with {@code *} for unsaved changes), new from a
 * template, open, save and save as, recent files, and the autosave to a recovery file with its restore on the next
 * start. Reading and writing run through {@link BackgroundTasks}, never on the JavaFX thread; results and errors
 * (as plain messages, never stack traces) come back on it.
 *
 * <p>Not thread-safe: call on the JavaFX application thread (or one test thread with same-thread tasks).
 */
public final class ProjectViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectViewModel.class);

    private final EditorViewModel editor;
    private final BackgroundTasks tasks;
    private final AppDirectories directories;
    private final RecentFiles recent = new RecentFiles();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final StringBinding title;
    private final ReadOnlyStringWrapper autosaveProblem = new ReadOnlyStringWrapper(this, "autosaveProblem", "");
    private Project autosaved;

    public ProjectViewModel(EditorViewModel editor, BackgroundTasks tasks, AppDirectories directories) {
        this.editor = editor;
        this.tasks = tasks;
        this.directories = directories;
        title = Bindings.createStringBinding(() -> (editor.dirtyProperty().get() ? "*" : "") + displayName()
                + " \u2014 Neurite", file, editor.dirtyProperty());
        tasks.run(() -> RecentFiles.load(directories.recentFiles()), recent::setAll,
                error -> LOG.warn("Could not read the recent files {}", directories.recentFiles(), error));
    }

    // ---- Properties -----------------------------------------------------------------------------------------------

    /** The file the project was opened from or saved to; null for a new project. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The window title, e.g. {@code *mnist.neurite — Neurite}. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Whether a file operation is running. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Why the last autosave failed, for the learner (unsaved work is then not protected against a crash); empty
     * while autosaving works. Cleared by the next autosave that succeeds.
     */
    public ReadOnlyStringProperty autosaveProblemProperty() {
        return autosaveProblem.getReadOnlyProperty();
    }

    public RecentFiles recent() {
        return recent;
    }

    public EditorViewModel editor() {
        return editor;
    }

    /** The name shown for the project: its file name, or "Untitled". */
    public String displayName() {
        Path path = file.get();
        return path == null ? "Untitled" : path.getFileName().toString();
    }

    // ---- Commands -------------------------------------------------------------------------------------------------

    /**
     * Starts a new, untitled project on the same data set: an empty model with only an Input (784 pixels, as the
     * lessons' Dense networks take them), no runs, no history. Ask about unsaved work before calling it.
     */
    public void newProject() {
        ModelDefinition current = editor.project().model();
        ModelDefinition empty = new ModelDefinition(dev.neurite.graph.ModelGraph.empty()
                .append(LayerType.INPUT_LAYER.createDefault()), current.compile(), current.fit(), null);
        editor.reset(new Project(empty, java.util.Map.of(), editor.project().dataset()));
        file.set(null);
    }

    /**
     * Starts a new, untitled project from {@code template} on the same data set: no runs, no history (File > New
     * from Template; ask about unsaved work before calling it).
     */
    public void newFromTemplate(ModelDefinition template) {
        editor.reset(new Project(template, java.util.Map.of(), editor.project().dataset()));
        file.set(null);
    }

    /**
     * Opens {@code path} in the background; {@code onError} gets a message for the learner. A Keras model
     * ({@code .keras}, {@code .h5}, a Keras JSON config) becomes a new, unsaved project, so saving asks where to
     * write the Neurite project instead of overwriting the Keras file.
     */
    public void open(Path path, Consumer<String> onError) {
        busy.set(true);
        tasks.run(() -> new Opened(ModelFiles.openProject(path), ModelFiles.isKeras(path)), opened -> {
            busy.set(false);
            editor.reset(opened.project());
            if (opened.imported()) {
                editor.markSaved(null);
                file.set(null);
            } else {
                file.set(path);
            }
            remember(path);
        }, error -> {
            busy.set(false);
            if (!Files.exists(path)) {
                forget(path);
            }
            onError.accept(messageFor("open", path, error));
        });
    }

    /**
     * Adds a Keras model trained elsewhere ({@code .keras} or {@code .h5} with weights) to the project as a run, in
     * the background; Keras's {@code history.json} beside the model, when there is one, gives the run its curves.
     * The run's weights become the project's kept model, which the Test place tests. {@code onError} gets a message
     * for the learner.
     */
    public void importRun(Path model, Consumer<String> onError) {
        busy.set(true);
        tasks.run(() -> {
            ImportedModel imported = KerasImporter.read(model);
            if (!imported.hasWeights()) {
                throw new NeuriteException("'" + model.getFileName() + "' carries no weights; a run needs the "
                        + "trained model (model.save(\"model.keras\")).");
            }
            Path history = model.resolveSibling("history.json");
            List<EpochMetrics> epochs = Files.isRegularFile(history) ? KerasHistory.read(history,
                    imported.definition().compile().optimizer().learningRate()) : List.of();
            return new ImportedRun(imported, epochs);
        }, run -> {
            busy.set(false);
            Project updated = RunImport.add(editor.project(), run.model(), run.history(),
                    model.getFileName().toString());
            editor.recordRun(updated.runs().get(updated.runs().size() - 1));
            if (updated.weights() != null && !updated.weights().equals(editor.project().weights())) {
                editor.recordWeights(updated.weights());
            }
        }, error -> {
            busy.set(false);
            onError.accept(messageFor("import", model, error));
        });
    }

    private record ImportedRun(ImportedModel model, List<EpochMetrics> history) {
    }

    /**
     * Writes the Keras script of the project's model to {@code script} in the background, with the kept weights
     * beside it ({@code <script>.weights.npz}) when they are weights of this model. {@code onDone} gets a sentence
     * saying what was written; {@code onError} a message for the learner.
     */
    public void exportKeras(Path script, Consumer<String> onDone, Consumer<String> onError) {
        Project snapshot = editor.project();
        busy.set(true);
        tasks.run(() -> KerasScriptFiles.write(snapshot, script), written -> {
            busy.set(false);
            onDone.accept(exportedSentence(written));
        }, error -> {
            busy.set(false);
            onError.accept(messageFor("export", script, error));
        });
    }

    /** "Wrote train.py and the trained weights in train.weights.npz beside it, which the script loads." */
    static String exportedSentence(KerasScriptFiles.Written written) {
        List<String> beside = new ArrayList<>();
        if (written.weights() != null) {
            beside.add("the trained weights in " + written.weights().getFileName());
        }
        if (written.data() != null) {
            beside.add("the digits in " + written.data().getFileName());
        }
        return "Wrote " + written.script().getFileName()
                + (beside.isEmpty() ? "" : " and " + String.join(" and ", beside) + " beside it, which the script "
                + "loads") + "." + (written.note() == null ? "" : " " + written.note());
    }

    /** What opening read: the project, and whether it was imported from a Keras file. */
    private record Opened(Project project, boolean imported) {
    }

    /** Saves to the current file; false if there is none yet (the caller asks for one). */
    public boolean save(Runnable onSaved, Consumer<String> onError) {
        if (file.get() == null) {
            return false;
        }
        saveAs(file.get(), onSaved, onError);
        return true;
    }

    /** Saves atomically to {@code path} in the background; the previous file stays intact if saving fails. */
    public void saveAs(Path path, Runnable onSaved, Consumer<String> onError) {
        Project snapshot = editor.project();
        busy.set(true);
        tasks.run(() -> {
            ProjectFile.write(snapshot, path);
            Files.deleteIfExists(directories.recoveryFile());
            return path;
        }, saved -> {
            busy.set(false);
            editor.markSaved(snapshot);
            file.set(saved);
            remember(saved);
            onSaved.run();
        }, error -> {
            busy.set(false);
            onError.accept(messageFor("save", path, error));
        });
    }

    /** Writes unsaved work to the recovery file in the background, if it changed since the last autosave. */
    public void autosave() {
        Project snapshot = editor.project();
        if (!editor.dirtyProperty().get() || snapshot.equals(autosaved)) {
            return;
        }
        autosaved = snapshot;
        tasks.run(() -> {
            ProjectFile.write(snapshot, directories.recoveryFile());
            return null;
        }, done -> autosaveProblem.set(""), error -> {
            autosaved = null;
            LOG.warn("Autosave to {} failed", directories.recoveryFile(), error);
            autosaveProblem.set("Autosave failed: " + messageFor("write", directories.recoveryFile(), error)
                    .replace("\n\n", " ") + " Save your work to keep it.");
        });
    }

    /** The recovery file left by a session that did not end cleanly, if any. Blocks briefly on the file system. */
    public Optional<Path> recoveryFile() {
        Path recovery = directories.recoveryFile();
        return Files.isRegularFile(recovery) ? Optional.of(recovery) : Optional.empty();
    }

    /** Restores the recovery file as an unsaved project. */
    public void restoreRecovery(Consumer<String> onError) {
        Path recovery = directories.recoveryFile();
        tasks.run(() -> ProjectFile.read(recovery), project -> {
            editor.reset(project);
            editor.markSaved(null);
            file.set(null);
        }, error -> onError.accept(messageFor("restore", recovery, error)));
    }

    /** Removes the recovery file (declined restore, or a clean exit). Blocks briefly on the file system. */
    public void discardRecovery() {
        try {
            Files.deleteIfExists(directories.recoveryFile());
        } catch (IOException e) {
            // The next start offers the restore again, which is harmless.
            LOG.warn("Could not remove the recovery file {}", directories.recoveryFile(), e);
        }
    }

    private void remember(Path path) {
        recent.add(path);
        saveRecent();
    }

    private void forget(Path path) {
        recent.remove(path.toAbsolutePath().normalize());
        saveRecent();
    }

    private void saveRecent() {
        String text = recent.snapshot();
        tasks.run(() -> {
            RecentFiles.save(directories.recentFiles(), text);
            return null;
        }, done -> { }, error -> LOG.warn("Could not write the recent files {}", directories.recentFiles(), error));
    }

    static String messageFor(String action, Path path, Throwable error) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (error instanceof NeuriteException) {
            return "Could not " + action + " " + name + ".\n\n" + error.getMessage();
        }
        if (error instanceof NoSuchFileException) {
            return "Could not " + action + " " + name + ": the file or its folder does not exist.";
        }
        if (error instanceof AccessDeniedException) {
            return "Could not " + action + " " + name + ": permission denied.";
        }
        if (error instanceof IOException) {
            return "Could not " + action + " " + name + ": " + (error.getMessage() == null
                    ? error.getClass().getSimpleName() : error.getMessage()) + "."
                    + ("save".equals(action) ? " The previous file was left unchanged." : "");
        }
        return "Could not " + action + " " + name + ": an unexpected error occurred (" + error.getClass()
                .getSimpleName() + ").";
    }
}
