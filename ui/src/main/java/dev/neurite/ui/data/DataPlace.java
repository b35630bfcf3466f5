package dev.neurite.ui.data;

import dev.neurite.data.DataSources;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.application.Platform;
import javafx.scene.Node;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Data place, ready to mount in the main window: the project's data set as the lessons show it, following the
 * project (another data set, other fit settings or another input shape show at once). A download or an import that
 * can be read becomes the project's data set (undoable like every edit).
 *
 * <p>Threads: construct and use on the JavaFX thread. Reading data runs through {@code tasks}; downloads and the PCA
 * fit run on daemon threads of their own.
 */
public final class DataPlace {

    private final DataViewModel viewModel;
    private final DownloadViewModel downloads;
    private final DataView view;
    private final ExecutorService downloadThread = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "neurite-download");
        thread.setDaemon(true);
        return thread;
    });

    public DataPlace(EditorViewModel editor, BackgroundTasks tasks) {
        this(editor, tasks, DataSources.standard());
    }

    /** @param sources where data sets are read from and downloaded to */
    public DataPlace(EditorViewModel editor, BackgroundTasks tasks, DataSources sources) {
        viewModel = new DataViewModel(tasks, sources::open);
        downloads = new DownloadViewModel(downloadThread, Platform::runLater, DownloadViewModel.standard(sources));
        view = new DataView(viewModel, downloads, sources, spec -> viewModel.open(spec, editor::setDataset),
                augmentation -> editor.setFit(editor.project().model().fit().withAugmentation(augmentation)),
                tasks.separate("neurite-pca"));
        editor.projectProperty().addListener((obs, old, now) -> {
            if (old == null || !old.dataset().equals(now.dataset()) || preparedDiffers(old.model(), now.model())) {
                show(now);
            }
        });
        show(editor.project());
    }

    /** The place's root node. */
    public Node view() {
        return view;
    }

    /** The state and commands (for tests and the window). */
    public DataViewModel viewModel() {
        return viewModel;
    }

    DataView dataView() {
        return view;
    }

    private void show(Project project) {
        viewModel.load(project.dataset(), project.model());
    }

    /** Whether the data as {@code fit} receives it differs: other fit settings or another input shape. */
    private static boolean preparedDiffers(ModelDefinition old, ModelDefinition now) {
        return !old.fit().equals(now.fit())
                || !Objects.equals(DataOverview.inputShape(old), DataOverview.inputShape(now));
    }
}
