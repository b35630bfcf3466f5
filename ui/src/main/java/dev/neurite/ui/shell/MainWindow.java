package dev.neurite.ui.shell;

import dev.neurite.engine.Engine;
import dev.neurite.format.AtomicFiles;
import dev.neurite.ui.common.BackgroundTasks;
import dev.neurite.ui.common.EngineLoading;
import dev.neurite.ui.common.Icons;
import dev.neurite.ui.common.Stylesheets;
import dev.neurite.ui.data.DataPlace;
import dev.neurite.ui.editor.BuildView;
import dev.neurite.ui.editor.EditorViewModel;
import dev.neurite.ui.project.AppDirectories;
import dev.neurite.ui.project.ProjectViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The main window: menu bar and toolbar, the Data, Build, Train and Test places, and a status line. Wires the autosave
 * timer, the close question and the appearance (theme, text size). JavaFX thread only.
 */
public final class MainWindow {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindow.class);

    /** How often unsaved work is copied to the recovery file. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.seconds(30);

    static final String STATUS = "status-line";
    private static final double PREFERRED_WIDTH = 1360;
    private static final double PREFERRED_HEIGHT = 860;

    private final Stage stage;
    private final ProjectViewModel project;
    private final BuildView build;
    private final WindowActions actions;
    private final Appearance appearance = new Appearance();
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(this, "place", Place.BUILD);
    private final Scene scene;
    private final BackgroundTasks tasks;
    private final AppDirectories directories;
    private final TrainingPlaces trainingPlaces;
    private final EngineLoading engineLoading;
    /** Holds the Data place, built the first time it is shown. */
    private final StackPane dataHolder = new StackPane();
    private DataPlace dataPlace;

    public MainWindow(Stage stage, EditorViewModel editor, BackgroundTasks tasks, AppDirectories directories,
                      Engine engine, EngineLoading engineLoading) {
        this.engineLoading = engineLoading;
        this.stage = stage;
        this.tasks = tasks;
        this.directories = directories;
        this.project = new ProjectViewModel(editor, tasks, directories);
        this.build = new BuildView(editor);
        this.actions = new WindowActions(stage, project);
        // A template or an opened file is shown (fitted, or from its top when deep) once its nodes are laid out.
        editor.wholeModelsProperty().addListener((obs, old, now) -> Platform.runLater(build.canvas()::showModel));
        loadAppearance();
        editor.summaryStyleProperty().bind(appearance.summaryStyleProperty());

        trainingPlaces = new TrainingPlaces(editor,
                new EmptyStateView(Feather.ACTIVITY, "Train the model to see its curves",
                        "Here the loss and accuracy of each epoch will grow while the model trains on the chosen "
                                + "data set. Build a model without errors first."),
                new EmptyStateView(Feather.EDIT_3, "Train the model to see its mistakes",
                        "Here you will draw digits for the trained model to read, and browse the test images it "
                                + "got wrong in a confusion matrix."), this::openInBuild, engine, engineLoading);
        StackPane places = new StackPane(dataHolder, build, trainingPlaces.trainView(), trainingPlaces.testView());
        build.disableProperty().bind(trainingPlaces.lockReasonProperty().map(reason -> !reason.isEmpty()));
        places.setId("places-stack");
        place.addListener((obs, old, now) -> show(places, now));
        show(places, place.get());

        BorderPane root = new BorderPane(places);
        root.setTop(new VBox(MainMenu.create(actions, project, build.canvas(), place::set, appearance, () -> {
            place.set(Place.BUILD);
            build.focusPaletteSearch();
        }),
                MainToolBar.create(actions, editor, build.canvas(), place)));
        root.setBottom(statusLine(editor));
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(PREFERRED_WIDTH, screen.getWidth() * 0.95),
                Math.min(PREFERRED_HEIGHT, screen.getHeight() * 0.95));
        Stylesheets.add(root, MainWindow.class, "shell.css");
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), editor::redo);
        applyAppearance();
        appearance.themeProperty().addListener((obs, old, now) -> appearanceChanged());
        appearance.scaleProperty().addListener((obs, old, now) -> appearanceChanged());
        appearance.summaryStyleProperty().addListener((obs, old, now) -> appearanceChanged());

        stage.titleProperty().bind(project.titleProperty());
        stage.setScene(scene);
        stage.setOnHidden(event -> trainingPlaces.dispose());
        stage.setOnCloseRequest(event -> {
            event.consume();
            actions.quit();
        });
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_INTERVAL, e -> project.autosave()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    public Scene scene() {
        return scene;
    }

    public ProjectViewModel project() {
        return project;
    }

    public BuildView build() {
        return build;
    }

    /** Shows the place named {@code name} (data, build, train, test); ignores others. */
    public void show(String name) {
        for (Place value : Place.values()) {
            if (value.name().equalsIgnoreCase(name)) {
                place.set(value);
            }
        }
    }

    /** Shows the Build place for a coach note's setting, with the loss chooser focused when it is the loss. */
    private void openInBuild(dev.neurite.train.CoachNote.Setting setting) {
        place.set(Place.BUILD);
        if (setting == dev.neurite.train.CoachNote.Setting.LOSS) {
            Node loss = build.lookup("#loss");
            if (loss != null) {
                loss.requestFocus();
            }
        }
    }

    TrainingPlaces trainingPlaces() {
        return trainingPlaces;
    }

    WindowActions actions() {
        return actions;
    }

    /** After the window is shown: offer to restore a crashed session's work, and show the model. */
    public void afterShown() {
        build.canvas().showModel();
        actions.offerRecovery();
    }

    /** The Data place, or null before it is first shown. */
    DataPlace dataPlace() {
        return dataPlace;
    }

    private void show(StackPane places, Place shown) {
        if (shown == Place.DATA && dataPlace == null) {
            dataPlace = new DataPlace(project.editor(), tasks);
            dataHolder.getChildren().setAll(dataPlace.view());
        }
        trainingPlaces.showing(shown);
        Place[] values = Place.values();
        for (int i = 0; i < values.length; i++) {
            Node node = places.getChildren().get(i);
            node.setVisible(values[i] == shown);
        }
    }

    private Node statusLine(EditorViewModel editor) {
        Label message = new Label();
        message.setId("status-message");
        ObservableValue<String> text = Bindings.createStringBinding(() -> {
            String lock = trainingPlaces.lockReasonProperty().getValue();
            return lock == null || lock.isEmpty() ? editor.messageProperty().get() : lock;
        }, editor.messageProperty(), trainingPlaces.lockReasonProperty());
        message.textProperty().bind(text);
        message.graphicProperty().bind(text.map(shown -> shown.isEmpty() ? null : Icons.of(Feather.INFO)));
        Label totals = new Label();
        totals.setId("status-totals");
        totals.textProperty().bind(editor.analysisProperty().map(a -> {
            long errors = editor.diagnostics().stream().filter(d -> d.isError()).count();
            return a.graph().size() + " layers \u00b7 " + dev.neurite.graph.ModelSummary.thousands(
                    a.totalParameters().total()) + " parameters \u00b7 " + (errors == 0 ? "no errors"
                    : errors == 1 ? "1 error" : errors + " errors");
        }));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Label autosaveProblem = new Label();
        autosaveProblem.setId("autosave-problem");
        autosaveProblem.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        autosaveProblem.textProperty().bind(project.autosaveProblemProperty());
        autosaveProblem.visibleProperty().bind(project.autosaveProblemProperty().isNotEmpty());
        autosaveProblem.managedProperty().bind(autosaveProblem.visibleProperty());
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(12, message, spacer, autosaveProblem,
                engineLoading(), totals);
        line.getStyleClass().add(STATUS);
        return line;
    }

    /**
     * While the engine's native libraries are unpacked (an installed app's first start) a progress bar with what is
     * happening; if they cannot be loaded, why. Empty otherwise.
     */
    private Node engineLoading() {
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.progressProperty().bind(engineLoading.fractionProperty());
        Label label = new Label("Preparing the training engine (first start only)", bar);
        label.setId("engine-loading");
        label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        label.visibleProperty().bind(engineLoading.unpackingProperty());
        label.managedProperty().bind(label.visibleProperty());
        Label problem = new Label();
        problem.setId("engine-problem");
        problem.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        problem.textProperty().bind(engineLoading.problemProperty());
        problem.visibleProperty().bind(engineLoading.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new javafx.scene.layout.HBox(8, label, problem);
    }

    private void loadAppearance() {
        try {
            if (Files.isRegularFile(directories.settings())) {
                appearance.load(Files.readString(directories.settings(), StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            // Keep the defaults: the settings file is a convenience.
            LOG.warn("Could not read the appearance settings {}", directories.settings(), e);
        }
    }

    private void appearanceChanged() {
        applyAppearance();
        String text = appearance.store();
        tasks.run(() -> {
            AtomicFiles.write(directories.settings(), text.getBytes(StandardCharsets.UTF_8));
            return null;
        }, done -> { }, error -> LOG.warn("Could not write the appearance settings {}", directories.settings(),
                error));
    }

    private void applyAppearance() {
        Application.setUserAgentStylesheet(appearance.themeProperty().get().stylesheet());
        for (Appearance.Scale scale : Appearance.Scale.values()) {
            scene.getRoot().getStyleClass().remove(scale.styleClass());
        }
        scene.getRoot().getStyleClass().add(appearance.scaleProperty().get().styleClass());
        scene.getRoot().getStyleClass().remove(dev.neurite.ui.train.ChartTheme.DARK);
        if (appearance.themeProperty().get() == Appearance.Theme.DARK) {
            scene.getRoot().getStyleClass().add(dev.neurite.ui.train.ChartTheme.DARK);
        }
        build.canvas().setTextScale(appearance.scaleProperty().get().percent() / 100.0);
    }
}
