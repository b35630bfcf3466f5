package dev.neurite.ui.shell;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.Engine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Project;
import dev.neurite.format.TrainedWeights;
import dev.neurite.train.CoachNote;
import dev.neurite.ui.common.EngineLoading;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.testplace.TestPlace;
import dev.neurite.ui.train.TrainPlace;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The Train and Test places of the main window, built the first time each is shown so that starting the window
 * does not load the engine. The Train place trains a snapshot of the editor's model on the project's data set;
 * every run whose weights the project keeps is offered in the Test place's chooser by its title. The Test place
 * shows the project's data set's test images and is built again when another data set is chosen. While a run is
 * going the Build place is locked, with the reason in the status line. JavaFX thread only.
 */
final class TrainingPlaces {

    private final Engine engine;
    private final EngineLoading engineLoading;
    private final EditorViewModel editor;
    private final Consumer<CoachNote.Setting> openInBuild;
    private final javafx.scene.layout.BorderPane testView = new javafx.scene.layout.BorderPane();
    private final RunModelOptions runModels;
    private final StackPane trainHolder;
    private final StackPane testHolder;
    private final ReadOnlyStringWrapper lockReason = new ReadOnlyStringWrapper(this, "lockReason", "");
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "neurite-places");
        thread.setDaemon(true);
        return thread;
    });
    private TrainPlace train;
    private TestPlace test;
    /** The data set whose test images the Test place shows or is reading; null before it is first shown. */
    private String testDataset;
    private Place shown;

    /**
     * @param editor       the Build place's model
     * @param trainPending shown in the Train place until it is first opened
     * @param testPending  shown in the Test place until it is first opened
     * @param openInBuild  shows a setting of the Build place that a coach note links to (the loss, the layers)
     */
    TrainingPlaces(EditorViewModel editor, Node trainPending, Node testPending,
                   Consumer<CoachNote.Setting> openInBuild, Engine engine, EngineLoading engineLoading) {
        this.editor = editor;
        this.engineLoading = engineLoading;
        this.engine = engine;
        this.openInBuild = openInBuild;
        this.runModels = new RunModelOptions(engine);
        runModels.update(editor.project());
        editor.projectProperty().addListener((obs, old, now) -> runModels.update(now));
        this.trainHolder = new StackPane(trainPending);
        this.testHolder = new StackPane(testPending);
        editor.projectProperty().addListener((obs, old, now) -> datasetChosen(now.dataset()));
    }

    /** The Train place, or null before it is first shown. */
    TrainPlace trainPlace() {
        return train;
    }

    /** The Test place, or null before it is first shown (and while its test images are read). */
    TestPlace testPlace() {
        return test;
    }

    Node trainView() {
        return trainHolder;
    }

    Node testView() {
        return testHolder;
    }

    /** Why the Build place is locked, or empty when it is not. */
    ObservableValue<String> lockReasonProperty() {
        return lockReason.getReadOnlyProperty();
    }

    /**
     * Builds the place about to be shown, if it is the first time. While the engine's native libraries are still
     * being unpacked (an installed app's first start) both places wait, saying so, and are built when it is done:
     * loading the engine before that would not find its libraries.
     */
    void showing(Place place) {
        shown = place;
        if ((place == Place.TRAIN && train == null || place == Place.TEST && test == null)
                && engineLoading.unpackingProperty().get()) {
            StackPane holder = place == Place.TRAIN ? trainHolder : testHolder;
            holder.getChildren().setAll(new EmptyStateView(Feather.LOADER, "Preparing the training engine",
                    "Neurite unpacks its native libraries on the first start (see the status line); this place "
                            + "opens when that is done."));
            engineLoading.unpackingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> value, Boolean old, Boolean unpacking) {
                    if (!unpacking) {
                        value.removeListener(this);
                        showing(place);
                    }
                }
            });
            return;
        }
        if (place == Place.TRAIN && train == null) {
            train = createTrainPlace();
            trainHolder.getChildren().setAll(train.view());
        } else if (place == Place.TEST && testDataset == null) {
            String dataset = editor.project().dataset();
            testDataset = dataset;
            testHolder.getChildren().setAll(new EmptyStateView(Feather.LOADER, "Reading the test images",
                    "The Test place opens as soon as the data set's test images are read."));
            CompletableFuture.supplyAsync(() -> testSet(dataset), background)
                    .thenAcceptAsync(testSet -> createTestPlace(dataset, testSet), Platform::runLater);
        }
    }

    /** Shows the Test place for {@code dataset}'s test images, unless another data set was chosen meanwhile. */
    private void createTestPlace(String dataset, TestImages images) {
        if (dataset.equals(testDataset)) {
            test = new TestPlace(runModels.options(), images.set(), background, engine);
            test.addToModelLine(new KeptWeightsBar(editor).view());
            testView.setCenter(test.view());
            testView.setTop(null);
            if (!images.substitute().isEmpty()) {
                showNotice(images.substitute());
            }
            testHolder.getChildren().setAll(testView);
        }
    }

    private void showNotice(String text) {
        Label notice = new Label(text, Icons.of(Feather.INFO));
        notice.setId("test-set-notice");
        notice.setWrapText(true);
        notice.setPadding(new javafx.geometry.Insets(6, 10, 6, 10));
        testView.setTop(notice);
    }

    /**
     * A run's weights, handed over by the Train place: the project keeps them; the Test place already has the model.
     */
    private void keepWeights(TrainedWeights weights) {
        TrainedModel model = train == null ? null : train.viewModel().lastTrainedProperty().get();
        if (model != null) {
            runModels.trained(weights, model);
        }
        editor.recordWeights(weights);
    }

    /**
     * The test images the Test place shows.
     *
     * @param set        the images
     * @param substitute empty, or why they are the bundled digits instead of the project's data set's
     */
    private record TestImages(DataSet set, String substitute) {
    }

    /**
     * Another data set was chosen: the Test place is built again for its test images, now if it is showing, else when
     * it is next shown. The trained model stays chosen.
     */
    private void datasetChosen(String dataset) {
        if (testDataset == null || testDataset.equals(dataset)) {
            return;
        }
        if (test != null) {
            test.dispose();
            test = null;
        }
        testDataset = null;
        if (shown == Place.TEST) {
            showing(Place.TEST);
        }
    }

    private TrainPlace createTrainPlace() {
        ObservableValue<Project> project = editor.projectProperty();
        ObservableValue<ModelDefinition> model = Bindings.createObjectBinding(() -> project.getValue().model(),
                project);
        ObservableValue<String> dataset = Bindings.createStringBinding(() -> project.getValue().dataset(), project);
        TrainPlace place = new TrainPlace(model, dataset, background, DataSources::resolve,
                new TrainPlace.Links(editor::setTrainingSettings, editor::recordRun, this::keepWeights, openInBuild),
                engine);
        var viewModel = place.viewModel();
        viewModel.runs().load(project.getValue().runs());
        project.addListener((obs, old, now) -> viewModel.runs().load(now.runs()));
        lockReason.bind(Bindings.when(viewModel.editingLockedProperty())
                .then(viewModel.editingLockReasonProperty()).otherwise(""));
        return place;
    }

    /** The test split of {@code dataset}; the bundled digits when it cannot be loaded. Background thread. */
    private TestImages testSet(String dataset) {
        try {
            return DataSources.resolve(dataset).test().map(set -> new TestImages(set, ""))
                    .orElseGet(() -> new TestImages(bundledTest(), "The data set '" + dataset + "' has no test "
                            + "images; the Test place shows the bundled digits' test images."));
        } catch (NeuriteException unavailable) {
            return new TestImages(bundledTest(), "The test images of '" + dataset + "' cannot be read here ("
                    + unavailable.getMessage() + "); the Test place shows the bundled digits' test images.");
        }
    }

    private DataSet bundledTest() {
        return BundledDigits.load().test().orElseThrow();
    }

    /**
     * Stops the Train place's refresh timer; call when the window closes. The background threads are daemons that
     * end when idle: work still queued by the places may finish, none is refused.
     */
    void dispose() {
        if (train != null) {
            train.dispose();
        }
    }
}
