package dev.neurite.ui.train;

import dev.neurite.engine.Engine;
import dev.neurite.engine.EngineEnvironment;
import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.model.ModelDefinition;
import dev.neurite.ui.common.UiCompilation;
import dev.neurite.format.TrainedWeights;
import dev.neurite.train.CoachNote;
import dev.neurite.train.RunRecord;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Train place, ready to mount in the main window:
 * {@code new TrainPlace(model, datasetId, executor, engine).view()}.
 * The editor binds its lock to {@code viewModel().editingLockedProperty()} and
 * {@code viewModel().editingLockReasonProperty()}; the Test place reads {@code viewModel().lastTrainedProperty()}.
 *
 * <p>Threads: construct and use on the JavaFX thread. Loading, compiling and evaluating run on {@code background};
 * training runs on the session's own thread.
 *
 * <p>Constructing one sets the process's periodic garbage collections to the window's interval
 * ({@link EngineEnvironment#applyForWindow()}): the window's larger heap makes each periodic cycle dearer. It also
 * keeps the user interface's libraries on HotSpot's C1 compiler ({@link UiCompilation}), so that C2 compiling them does
 * not take CPU from training for minutes after Start.
 */
public final class TrainPlace {

    private final TrainingViewModel viewModel;
    private final TrainView view;

    /**
     * @param model      the current model (the Build place's); its value at Start is what a run trains
     * @param datasetId  the data set chosen in the toolbar ({@code digits}, {@code fashion-mnist}, a path)
     * @param background an executor for slow work off the JavaFX thread
     * @param engine     compiles the networks (the app's one engine)
     */
    public TrainPlace(ObservableValue<ModelDefinition> model, ObservableValue<String> datasetId, Executor background,
                      Engine engine) {
        this(model, datasetId, background, DataSources::resolve, Links.NONE, engine);
    }

    /**
     * @param dataSource resolves a data set id (on the background executor)
     * @param links      where the place's settings meet the rest of the window
     */
    public TrainPlace(ObservableValue<ModelDefinition> model, ObservableValue<String> datasetId, Executor background,
                      Function<String, TrainTestSets> dataSource, Links links, Engine engine) {
        // Only a window has a Train place: its process collects garbage every 2 s rather than every second, and
        // compiles the user interface's libraries with C1 only (both spare the CPU training needs).
        EngineEnvironment.applyForWindow();
        UiCompilation.apply();
        viewModel = new TrainingViewModel(model, datasetId, background, dataSource, links, engine);
        view = new TrainView(viewModel, links.openElsewhere());
    }

    /**
     * Where the Train place meets the rest of the window.
     *
     * @param settingsEdited gets the model with the settings form's values after each edit, so the project (and the
     *                       Build place's Compile &amp; fit panel) always holds what the next run trains
     * @param runRecorded    gets every run when it ends, and again when it is trained further or evaluated (same
     *                       number), to store in the project
     * @param weightsKept    gets the weights each run ended with, to keep in the project
     * @param openElsewhere  opens a setting that lives outside this place (the loss, the layers) for a coach note
     */
    public record Links(Consumer<ModelDefinition> settingsEdited, Consumer<RunRecord> runRecorded,
                        Consumer<TrainedWeights> weightsKept, Consumer<CoachNote.Setting> openElsewhere) {

        /** A place on its own: edits and runs stay in the place, notes link only to the form's own settings. */
        public static final Links NONE = new Links(edited -> { }, run -> { }, weights -> { }, setting -> { });
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
