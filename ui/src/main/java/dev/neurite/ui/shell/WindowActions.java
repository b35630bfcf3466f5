package dev.neurite.ui.shell;

import dev.neurite.format.ProjectFile;
import dev.neurite.ui.common.Dialogs;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.ProjectViewModel;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;

/**
 * What the menus and the toolbar do with files and the window: file choosers, the unsaved-changes question,
 * error dialogs owned by the window. JavaFX thread only.
 */
final class WindowActions {

    private final Stage stage;
    private final ProjectViewModel project;
    private final EditorViewModel editor;
    private Path lastFolder;

    WindowActions(Stage stage, ProjectViewModel project) {
        this.stage = stage;
        this.project = project;
        this.editor = project.editor();
    }

    /** File > New: an empty project with an Input, after asking about unsaved work. */
    void newProject() {
        whenChangesHandled(project::newProject);
    }

    /** File > New from Template: after asking about unsaved work, a new project from the chosen template. */
    void newFromTemplate() {
        whenChangesHandled(() -> TemplateDialog.choose(stage).ifPresent(project::newFromTemplate));
    }

    void open() {
        whenChangesHandled(() -> {
            FileChooser chooser = chooser("Open Project or Keras Model");
            chooser.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Neurite projects and Keras models",
                    "*." + ProjectFile.EXTENSION, "*.keras", "*.h5", "*.hdf5", "*.json"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    "Keras models (*.keras, *.h5, *.json)", "*.keras", "*.h5", "*.hdf5", "*.json"));
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
            File chosen = chooser.showOpenDialog(stage);
            if (chosen != null) {
                openFile(chosen.toPath());
            }
        });
    }

    /** Adds a Keras model trained elsewhere (and the history.json beside it) to the project as a run. */
    void importRun() {
        FileChooser chooser = chooser("Import a Run Trained in Keras");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Keras models (*.keras, *.h5)",
                "*.keras", "*.h5", "*.hdf5"));
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            lastFolder = chosen.toPath().toAbsolutePath().getParent();
            project.importRun(chosen.toPath(), message -> Dialogs.error(stage, "Could not import the run", message));
        }
    }

    /** Writes the model as a Keras script (with the kept weights beside it) for a notebook. */
    void exportKeras() {
        FileChooser chooser = chooser("Export Keras Script");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Python scripts (*.py)", "*.py"));
        chooser.setInitialFileName("model.py");
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path path = chosen.toPath().getFileName().toString().endsWith(".py") ? chosen.toPath()
                    : chosen.toPath().resolveSibling(chosen.getName() + ".py");
            lastFolder = path.toAbsolutePath().getParent();
            project.exportKeras(path, message -> Dialogs.info(stage, "Keras script exported", message),
                    message -> Dialogs.error(stage, "Could not export the Keras script", message));
        }
    }

    void openRecent(Path path) {
        whenChangesHandled(() -> openFile(path));
    }

    private void openFile(Path path) {
        lastFolder = path.toAbsolutePath().getParent();
        project.open(path, message -> Dialogs.error(stage, "Could not open the project", message));
    }

    void save() {
        save(() -> { });
    }

    private void save(Runnable then) {
        if (!project.save(then, this::saveFailed)) {
            saveAs(then);
        }
    }

    void saveAs() {
        saveAs(() -> { });
    }

    private void saveAs(Runnable then) {
        FileChooser chooser = chooser("Save Project As");
        chooser.setInitialFileName(project.fileProperty().get() == null ? "model." + ProjectFile.EXTENSION
                : project.displayName());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            Path path = withExtension(chosen.toPath());
            lastFolder = path.toAbsolutePath().getParent();
            project.saveAs(path, then, this::saveFailed);
        }
    }

    private void saveFailed(String message) {
        Dialogs.error(stage, "Could not save the project", message);
    }

    /** Closes the window, asking first about unsaved changes. */
    void quit() {
        whenChangesHandled(() -> {
            project.discardRecovery();
            Platform.exit();
        });
    }

    /** Runs {@code next} once unsaved changes are saved or knowingly dropped; not at all on Cancel. */
    void whenChangesHandled(Runnable next) {
        if (!editor.dirtyProperty().get()) {
            next.run();
            return;
        }
        ButtonType answer = Dialogs.askSaveChanges(stage, project.displayName());
        if (answer == Dialogs.SAVE) {
            save(next);
        } else if (answer == Dialogs.DISCARD) {
            next.run();
        }
    }

    /** Offers to restore the work a crashed session left behind. */
    void offerRecovery() {
        project.recoveryFile().ifPresent(file -> {
            boolean restore = Dialogs.confirm(stage, "Restore unsaved work?", "Neurite did not close normally last "
                    + "time. Your unsaved work was kept; do you want it back?", "Restore", "Discard");
            if (restore) {
                project.restoreRecovery(message -> Dialogs.error(stage, "Could not restore", message));
            } else {
                project.discardRecovery();
            }
        });
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Neurite projects (*."
                + ProjectFile.EXTENSION + ")", "*." + ProjectFile.EXTENSION));
        Path folder = lastFolder != null ? lastFolder
                : project.fileProperty().get() != null ? project.fileProperty().get().toAbsolutePath().getParent()
                : documentsFolder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** The user's Documents folder, or the home folder where there is none: where a first Save or Open starts. */
    static Path documentsFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return documents.toFile().isDirectory() ? documents : home;
    }

    static Path withExtension(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith("." + ProjectFile.EXTENSION) ? path
                : path.resolveSibling(name + "." + ProjectFile.EXTENSION);
    }
}
