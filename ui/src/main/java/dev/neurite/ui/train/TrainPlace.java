package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.format.ModelDefinition;
import dev.neurite.train.CoachNote;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Train place, ready to mount in the main window: {@code new TrainPlace(model, datasetId, executor).view()}.
 * The editor binds its lock to {@code viewModel().editingLockedProperty()} and
 * {@code viewModel().editingLockReasonProperty()}; the Test place reads {@code viewModel().lastNetworkProperty()}.
 *
 * <p>Threads: construct and use on the JavaFX thread. Loading, compiling and evaluating run on {@code background};
 * training runs on the session's own thread.
 */
public final class TrainPlace {

    private final TrainingViewModel viewModel;
    private final TrainView view;

    /**
     * @param model      the current model (the Build place's); its value at Start is what a run trains
     * @param datasetId  the data set chosen in the toolbar ({@code digits}, {@code fashion-mnist}, a path)
     * @param background an executor for slow work off the JavaFX thread
     */
    public TrainPlace(ObservableValue<ModelDefinition> model, ObservableValue<String> datasetId, Executor background) {
        this(model, datasetId, background, DataSources::resolve, null);
    }

    /**
     * @param dataSource    resolves a data set id (on the background executor)
     * @param openElsewhere opens a setting that lives outside this place (the loss, the layers), or null
     */
    public TrainPlace(ObservableValue<ModelDefinition> model, ObservableValue<String> datasetId, Executor background,
                      Function<String, TrainTestSets> dataSource, Consumer<CoachNote.Setting> openElsewhere) {
        viewModel = new TrainingViewModel(model, datasetId, background, dataSource);
        view = new TrainView(viewModel, openElsewhere);
    }

    /** The place's root node. */
    public Node view() {
        return view.view();
    }

    /** The state and commands, e.g. for the toolbar's Start/Pause/Stop and the editor's lock. */
    public TrainingViewModel viewModel() {
        return viewModel;
    }

    /** Stops the refresh timer; call when the window closes. */
    public void dispose() {
        view.dispose();
    }

    TrainView trainView() {
        return view;
    }
}
