package dev.neurite.ui.shell;

import dev.neurite.ui.common.EngineLoading;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.LayerConfig;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.AppDirectories;
import javafx.stage.Stage;

import java.nio.file.Path;

/** Builds the real main window for TestFX tests, with its files in a temporary folder. */
final class WindowFixture {

    private WindowFixture() {
    }

    static Project chain(LayerConfig... layers) {
        return Project.of(new ModelDefinition(ModelGraph.sequential(layers), CompileSettings.defaults(),
                FitSettings.defaults(), null));
    }

    /** Shows the main window on {@code stage} editing {@code project}; file work runs on the calling thread. */
    static MainWindow show(Stage stage, Project project, Path dataDir) {
        return show(stage, project, dataDir, new EngineLoading());
    }

    /** As {@link #show(Stage, Project, Path)}, with the engine's preparation reported to {@code loading}. */
    static MainWindow show(Stage stage, Project project, Path dataDir, EngineLoading loading) {
        MainWindow window = new MainWindow(stage, new EditorViewModel(project), BackgroundTasks.sameThread(),
                new AppDirectories(dataDir), new dev.neurite.engine.CpuEngine(), loading);
        stage.setWidth(1360);
        stage.setHeight(860);
        stage.show();
        return window;
    }
}
