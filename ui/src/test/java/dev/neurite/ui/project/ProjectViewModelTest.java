package dev.neurite.ui.project;

import dev.neurite.format.NodePosition;
import dev.neurite.format.Project;
import dev.neurite.format.ProjectFile;
import dev.neurite.format.Templates;
import dev.neurite.layers.LayerType;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.editor.EditorViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files of a project, without a window; file work runs on the test thread. */
class ProjectViewModelTest {

    @TempDir
    Path dir;

    private ProjectViewModel projectIn(Path dataDir) {
        EditorViewModel editor = new EditorViewModel(Project.of(Templates.get("mnist-mlp")));
        return new ProjectViewModel(editor, BackgroundTasks.sameThread(), new AppDirectories(dataDir));
    }

    private ProjectViewModel autosavedEditIn(Path dataDir) {
        ProjectViewModel project = projectIn(dataDir);
        project.editor().addLayer(LayerType.DROPOUT, new NodePosition(500, 60));
        project.autosave();
        return project;
    }

    @Test
    void savedProjectReopensAsTheSameProject() {
        ProjectViewModel project = projectIn(dir.resolve("data"));
        project.editor().addLayer(LayerType.DROPOUT, new NodePosition(500, 60));
        Path file = dir.resolve("mine.neurite");
        project.saveAs(file, () -> { }, message -> { throw new AssertionError(message); });
        Project saved = project.editor().project();

        ProjectViewModel other = projectIn(dir.resolve("data"));
        other.open(file, message -> { throw new AssertionError(message); });

        assertEquals(saved, other.editor().project());
        assertFalse(other.editor().dirtyProperty().get());
        assertEquals(file, other.fileProperty().get());
    }

    @Test
    void titleShowsUnsavedChanges() {
        ProjectViewModel project = projectIn(dir.resolve("data"));
        assertEquals("Untitled \u2014 Neurite", project.titleProperty().get());
        project.editor().addLayer(LayerType.DROPOUT, new NodePosition(500, 60));
        assertEquals("*Untitled \u2014 Neurite", project.titleProperty().get());
        project.saveAs(dir.resolve("a.neurite"), () -> { }, message -> { });
        assertEquals("a.neurite \u2014 Neurite", project.titleProperty().get());
    }

    @Test
    void openingAHostileFileGivesAMessageNotAStackTrace() throws Exception {
        Path file = dir.resolve("evil.neurite");
        Files.writeString(file, "not a zip at all", StandardCharsets.UTF_8);
        ProjectViewModel project = projectIn(dir.resolve("data"));
        Project before = project.editor().project();
        List<String> messages = new ArrayList<>();

        project.open(file, messages::add);

        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Could not open evil.neurite."), messages.get(0));
        assertFalse(messages.get(0).contains("Exception"), messages.get(0));
        assertEquals(before, project.editor().project());
    }

    @Test
    void failedSaveKeepsTheProjectDirtyAndSaysWhy() {
        ProjectViewModel project = projectIn(dir.resolve("data"));
        project.editor().addLayer(LayerType.DROPOUT, new NodePosition(500, 60));
        List<String> messages = new ArrayList<>();
        Path impossible = dir.resolve("missing-folder-is-a-file");
        try {
            Files.writeString(impossible, "x");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        project.saveAs(impossible.resolve("x.neurite"), () -> { }, messages::add);

        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("Could not save x.neurite"), messages.get(0));
        assertTrue(project.editor().dirtyProperty().get());
    }

    @Test
    void autosaveWritesTheRecoveryFileThatTheNextStartRestores() {
        Path data = dir.resolve("data");
        ProjectViewModel crashed = autosavedEditIn(data);
        Project unsaved = crashed.editor().project();

        ProjectViewModel next = projectIn(data);
        assertTrue(next.recoveryFile().isPresent());
        next.restoreRecovery(message -> { throw new AssertionError(message); });

        assertEquals(unsaved, next.editor().project());
        assertTrue(next.editor().dirtyProperty().get(), "restored work is not saved yet");
    }

    @Test
    void autosaveFailureIsReportedToTheUserAndClearedByTheNextSuccess() throws Exception {
        Path data = dir.resolve("data");
        Files.writeString(data, "a file where the data folder should be");
        ProjectViewModel project = autosavedEditIn(data);

        String problem = project.autosaveProblemProperty().get();
        assertTrue(problem.startsWith("Autosave failed: Could not write recovery.neurite"), problem);
        assertTrue(problem.endsWith("Save your work to keep it."), problem);

        Files.delete(data);
        project.editor().addLayer(LayerType.DROPOUT, new NodePosition(500, 160));
        project.autosave();
        assertEquals("", project.autosaveProblemProperty().get());
        assertTrue(project.recoveryFile().isPresent());
    }

    @Test
    void cleanProjectIsNotAutosaved() {
        Path data = dir.resolve("data");
        ProjectViewModel project = projectIn(data);
        project.autosave();
        assertFalse(project.recoveryFile().isPresent());
    }

    @Test
    void savingRemovesTheRecoveryFileAndRemembersTheFile() {
        Path data = dir.resolve("data");
        ProjectViewModel project = autosavedEditIn(data);
        Path file = dir.resolve("b." + ProjectFile.EXTENSION);
        project.saveAs(file, () -> { }, message -> { });
        assertFalse(project.recoveryFile().isPresent());
        assertEquals(List.of(file.toAbsolutePath()), project.recent().files());
        assertEquals(List.of(file.toAbsolutePath()), RecentFiles.load(new AppDirectories(data).recentFiles()));
    }

    @Test
    void recentFileThatWasDeletedIsForgottenWhenOpeningFails() throws Exception {
        ProjectViewModel project = projectIn(dir.resolve("data"));
        Path file = dir.resolve("gone.neurite");
        project.saveAs(file, () -> { }, message -> { });
        Files.delete(file);
        List<String> messages = new ArrayList<>();

        project.open(file, messages::add);

        assertEquals(1, messages.size());
        assertTrue(project.recent().files().isEmpty());
    }

    @Test
    void newProjectIsAnUntitledModelWithOnlyAnInputOnTheSameDataSet() {
        ProjectViewModel project = new ProjectViewModel(new dev.neurite.ui.editor.EditorViewModel(
                dev.neurite.format.Project.of(dev.neurite.format.Templates.get("quick-cnn")).withDataset("mnist")),
                BackgroundTasks.sameThread(), new AppDirectories(dir));

        project.newProject();

        dev.neurite.format.Project now = project.editor().project();
        assertEquals(1, now.model().graph().size());
        assertTrue(now.model().graph().nodes().iterator().next().layer() instanceof dev.neurite.layers.InputLayer);
        assertEquals("mnist", now.dataset());
        assertTrue(now.runs().isEmpty());
        assertEquals(null, project.fileProperty().get());
        assertFalse(project.editor().history().canUndoProperty().get());
    }
}
