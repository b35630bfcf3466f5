package dev.neurite.ui.testplace;

import dev.neurite.data.DataSet;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.engine.Engine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.eval.TrainedModels;
import dev.neurite.ui.common.InteractiveFirst;
import dev.neurite.ui.draw.DigitPrediction;
import dev.neurite.ui.draw.DrawStyles;
import dev.neurite.ui.draw.DrawingCoach;
import dev.neurite.ui.draw.DrawView;
import dev.neurite.ui.draw.DrawingViewModel;
import dev.neurite.ui.draw.PredictionViewModel;
import dev.neurite.ui.draw.PredictionWarmUp;
import dev.neurite.ui.evaluation.EvaluationStyles;
import dev.neurite.ui.evaluation.EvaluationView;
import dev.neurite.ui.evaluation.EvaluationViewModel;
import dev.neurite.ui.evaluation.GalleryViewModel;
import dev.neurite.ui.evaluation.TestResults;
import dev.neurite.ui.inside.InsideStyles;
import dev.neurite.ui.inside.InsideView;
import dev.neurite.ui.inside.InsideViewModel;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BorderPane;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Test place: draw a digit and watch the network read it, next to the confusion matrix and the gallery of test
 * images, or next to every layer's output for the digit ("Inside the network"), all for the chosen model (the
 * pretrained default, or the project's trained model once there is one).
 * The main window mounts {@link #view()}; nothing else is needed.
 *
 * <p>Threading: construct and use on the JavaFX thread. Background work (loading the pretrained model, predictions,
 * evaluation) runs on the given executor, which should run at least two tasks at once so that predictions of the
 * canvas do not wait behind an evaluation (a small cached pool of daemon threads is right).
 */
public final class TestPlace {

    private final ModelChoiceViewModel models;
    private final DrawingViewModel drawing = new DrawingViewModel();
    private final PredictionViewModel prediction;
    private final PredictionViewModel comparePrediction;
    private final EvaluationViewModel evaluation;
    private final GalleryViewModel gallery;
    private final DrawingCoach drawingCoach;
    private final DrawView drawView;
    private final EvaluationView evaluationView;
    private final InsideViewModel inside;
    private final InsideView insideView;
    private final BorderPane root;

    /**
     * @param trained    the project's trained model; a null value while nothing is trained. Publish a new
     *                   {@link TrainedModel} each time training changes the weights: results are kept per instance.
     * @param testSet    the data set's labelled test split
     * @param background runs loading, prediction and evaluation
     */
    public TestPlace(ObservableValue<TrainedModel> trained, DataSet testSet, Executor background, Engine engine) {
        this(ModelChoiceViewModel.optionsOf(trained), testSet, background, Platform::runLater,
                () -> loadPretrained(engine));
    }

    /**
     * @param runs       the runs whose models can be tested, oldest first (each built when first chosen); the newest
     *                   is chosen when it appears. Publish a new {@link ModelOption} when a run's weights change.
     * @param testSet    the data set's labelled test split
     * @param background runs loading, prediction and evaluation
     */
    public TestPlace(javafx.collections.ObservableList<ModelOption> runs, DataSet testSet, Executor background,
                     Engine engine) {
        this(runs, testSet, background, Platform::runLater, () -> loadPretrained(engine));
    }

    /** For tests: the UI executor and the pretrained model's loader are given. */
    TestPlace(ObservableValue<TrainedModel> trained, DataSet testSet, Executor background, Executor ui,
              Supplier<TrainedModel> pretrained) {
        this(ModelChoiceViewModel.optionsOf(trained), testSet, background, ui, pretrained);
    }

    /** For tests: the UI executor and the pretrained model's loader are given. */
    TestPlace(javafx.collections.ObservableList<ModelOption> runs, DataSet testSet, Executor background, Executor ui,
              Supplier<TrainedModel> pretrained) {
        Objects.requireNonNull(testSet, "testSet");
        models = new ModelChoiceViewModel(runs, pretrained, background, ui);
        InteractiveFirst interactive = new InteractiveFirst();
        DigitPreprocessor preprocessor = new DigitPreprocessor();
        prediction = new PredictionViewModel(models.activeProperty().map(TrainedModel::network), preprocessor,
                background, ui, interactive);
        models.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                background.execute(() -> PredictionWarmUp.run(preprocessor, now.network()));
            }
        });
        evaluation = new EvaluationViewModel(models.activeProperty(), testSet, background, ui, interactive);
        gallery = new GalleryViewModel(evaluation.resultsProperty(), drawing::open);
        inside = new InsideViewModel(models.activeProperty().map(TrainedModel::network), testSet, background, ui,
                interactive);
        // Explanations take the very input prediction took, once its result is out.
        prediction.predictionProperty().addListener((obs, old, now) -> {
            if (now == null || !now.hasProbabilities()) {
                inside.request(null, prediction.publishedAskedAt());
            } else {
                inside.request(now.digit().input(), prediction.publishedAskedAt(), now.layers(), now.network());
            }
        });
        drawingCoach = new DrawingCoach(drawing, prediction.predictionProperty().map(TestPlace::topProbability),
                evaluation.resultsProperty().map(TestResults::meanConfidence));
        drawView = new DrawView(drawing, prediction, drawingCoach.noteProperty());
        comparePrediction = new PredictionViewModel(models.compareActiveProperty().map(TrainedModel::network),
                preprocessor, background, ui, interactive);
        drawView.compareWith(comparePrediction, nameOf(models.chosenProperty()), nameOf(models.compareChosenProperty()),
                models.compareChosenProperty().isNotNull());
        evaluationView = new EvaluationView(evaluation, gallery);
        insideView = new InsideView(inside);
        root = TestPlaceLayout.create(models, drawView, evaluationView, insideView, shown -> {
            prediction.setWithLayers(shown);
            inside.setActive(shown);
        });
        addStylesheet(root, DrawView.class, DrawStyles.STYLESHEET);
        addStylesheet(root, EvaluationView.class, EvaluationStyles.STYLESHEET);
        addStylesheet(root, InsideView.class, InsideStyles.STYLESHEET);
        addStylesheet(root, TestPlace.class, "testplace.css");
    }

    private static javafx.beans.binding.StringBinding nameOf(ObservableValue<ModelOption> option) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> option.getValue() == null ? ""
                : option.getValue().name(), option);
    }

    private static Double topProbability(DigitPrediction prediction) {
        if (!prediction.hasProbabilities() || prediction.digit().isEmpty()) {
            return null;
        }
        return (double) prediction.probabilities()[prediction.top(1).get(0)];
    }

    /** The place's root node, for the main window's Test place. */
    public Node view() {
        return root;
    }

    /**
     * Loads the pretrained default model on the calling thread (a few hundred milliseconds; more on the engine's first
     * use).
     */
    public static TrainedModel loadPretrained(Engine engine) {
        double accuracy = TrainedModels.pretrainedProvenance().path("test_accuracy").asDouble(Double.NaN);
        String name = String.format(Locale.ROOT, "Pretrained default (quick CNN, %.1f%% on the bundled digits)",
                accuracy * 100);
        return new TrainedModel(name, TrainedModels.pretrained(engine));
    }

    /** Adds {@code node} at the end of the line of the model chooser (e.g. a project option on kept models). */
    public void addToModelLine(Node node) {
        if (root.getTop() instanceof javafx.scene.layout.Pane line) {
            line.getChildren().add(node);
        }
    }

    /** The model in use: the chosen one once it is built; null before any is available. */
    public javafx.beans.property.ReadOnlyObjectProperty<TrainedModel> modelProperty() {
        return models.activeProperty();
    }

    /** A/B mode's second model once it is built; null when A/B is off. */
    public javafx.beans.property.ReadOnlyObjectProperty<TrainedModel> compareModelProperty() {
        return models.compareActiveProperty();
    }

    /** Stops the evaluation in progress, if any; call when the place is replaced. */
    public void dispose() {
        evaluation.cancel();
    }

    ModelChoiceViewModel models() {
        return models;
    }

    DrawingViewModel drawing() {
        return drawing;
    }

    PredictionViewModel prediction() {
        return prediction;
    }

    /** The second model's prediction in A/B mode. */
    PredictionViewModel comparePrediction() {
        return comparePrediction;
    }

    EvaluationViewModel evaluation() {
        return evaluation;
    }

    GalleryViewModel gallery() {
        return gallery;
    }

    InsideViewModel inside() {
        return inside;
    }

    InsideView insideView() {
        return insideView;
    }

    DrawingCoach drawingCoach() {
        return drawingCoach;
    }

    DrawView drawView() {
        return drawView;
    }

    EvaluationView evaluationView() {
        return evaluationView;
    }

    private static void addStylesheet(Parent node, Class<?> owner, String name) {
        java.net.URL url = owner.getResource(name);
        if (url == null) {
            throw new IllegalStateException("Missing stylesheet " + name + " beside " + owner.getName());
        }
        node.getStylesheets().add(url.toExternalForm());
    }
}
