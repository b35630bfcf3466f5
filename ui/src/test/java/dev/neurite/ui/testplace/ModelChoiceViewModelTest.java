package dev.neurite.ui.testplace;

import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.Fixtures;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ModelChoiceViewModelTest {

    private static TrainedModel pretrained;
    private static TrainedModel trained;

    private final SimpleObjectProperty<TrainedModel> project = new SimpleObjectProperty<>();
    private final Fixtures.ManualExecutor background = new Fixtures.ManualExecutor();

    @BeforeAll
    static void models() {
        pretrained = Fixtures.logistic("pretrained");
        trained = Fixtures.logistic("trained");
    }

    private ModelChoiceViewModel choice() {
        return new ModelChoiceViewModel(project, () -> pretrained, background, Fixtures.SAME_THREAD);
    }

    private static List<String> names(ModelChoiceViewModel choice) {
        return choice.choices().stream().map(ModelOption::name).toList();
    }

    @Test
    void thePretrainedModelIsUsedOnceLoadedWhileNothingIsTrained() {
        ModelChoiceViewModel choice = choice();
        assertNull(choice.activeProperty().get());
        background.runAll();
        assertSame(pretrained, choice.activeProperty().get());
        assertEquals("", choice.messageProperty().get());
    }

    @Test
    void aTrainedModelIsChosenAsSoonAsItAppears() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        background.runAll();
        assertSame(trained, choice.activeProperty().get());
        assertEquals(List.of("pretrained", "trained"), names(choice));
    }

    @Test
    void theLearnerCanSwitchBackToThePretrainedModel() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        background.runAll();
        choice.choose(choice.choices().get(0));
        assertSame(pretrained, choice.activeProperty().get());
    }

    @Test
    void aNewerTrainedModelReplacesTheOlderOne() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        TrainedModel newer = new TrainedModel("newer", trained.network());
        project.set(newer);
        background.runAll();
        assertEquals(List.of("pretrained", "newer"), names(choice));
        assertSame(newer, choice.activeProperty().get());
    }

    @Test
    void aTrainedModelThatGoesAwayFallsBackToThePretrainedOne() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        background.runAll();
        project.set(null);
        background.runAll();
        assertSame(pretrained, choice.activeProperty().get());
    }

    @Test
    void aFailedLoadIsReported() {
        ModelChoiceViewModel choice = new ModelChoiceViewModel(project, () -> {
            throw new IllegalStateException("damaged");
        }, background, Fixtures.SAME_THREAD);
        background.runAll();
        assertEquals("The pretrained model could not be loaded: damaged", choice.messageProperty().get());
    }

    @Test
    void everyRunIsListedByItsTitleAndBuiltOnlyWhenChosen() {
        AtomicInteger builds = new AtomicInteger();
        TrainedModel adam = Fixtures.logistic("adam");
        ModelOption run1 = new ModelOption("Run 1 \u00b7 mnist-mlp \u00b7 SGD \u00b7 digits", () -> {
            builds.incrementAndGet();
            return Fixtures.logistic("sgd");
        });
        ModelOption run2 = new ModelOption("Run 2 \u00b7 quick-cnn \u00b7 RMSprop \u00b7 digits", () -> {
            builds.incrementAndGet();
            return Fixtures.logistic("rmsprop");
        });
        ModelOption run3 = new ModelOption("Run 3 \u00b7 quick-cnn \u00b7 Adam \u00b7 digits", () -> {
            builds.incrementAndGet();
            return adam;
        });
        ObservableList<ModelOption> runs = FXCollections.observableArrayList(run1, run2, run3);
        ModelChoiceViewModel choice = new ModelChoiceViewModel(runs, () -> pretrained, background,
                Fixtures.SAME_THREAD);
        background.runAll();
        assertEquals(List.of("pretrained", run1.name(), run2.name(), run3.name()), names(choice));
        assertSame(run3, choice.chosenProperty().get(), "the newest run is chosen");
        assertSame(adam, choice.activeProperty().get());
        assertEquals(1, builds.get(), "only the chosen run's model is built");

        choice.choose(run1);
        assertEquals("Loading " + run1.name() + "\u2026", choice.messageProperty().get());
        assertSame(adam, choice.activeProperty().get(), "the model in use stays until the chosen one is built");
        background.runAll();
        assertEquals("sgd", choice.activeProperty().get().name());
        assertEquals("", choice.messageProperty().get());

        choice.choose(run3);
        assertSame(adam, choice.activeProperty().get(), "a model built before is used at once");
        assertEquals(2, builds.get());
    }

    @Test
    void abModeReadsTheDrawingWithASecondChosenModelAndEndsWhenItGoesAway() {
        ObservableList<ModelOption> runs = FXCollections.observableArrayList(ModelOption.of(trained));
        ModelChoiceViewModel choice = new ModelChoiceViewModel(runs, () -> pretrained, background,
                Fixtures.SAME_THREAD);
        background.runAll();
        assertNull(choice.compareChosenProperty().get(), "A/B is off at first");
        ModelOption other = new ModelOption("Run 2", () -> Fixtures.logistic("run 2"));
        runs.add(0, other);
        background.runAll();
        choice.compareWith(other);
        assertNull(choice.compareActiveProperty().get(), "built in the background");
        background.runAll();
        assertEquals("run 2", choice.compareActiveProperty().get().name());
        assertSame(trained, choice.activeProperty().get(), "A stays as it was");
        runs.remove(other);
        assertNull(choice.compareChosenProperty().get());
        assertNull(choice.compareActiveProperty().get());
    }

    @Test
    void anOlderRunTrainedFurtherStaysChosenWithItsNewWeights() {
        ModelOption run1 = new ModelOption("Run 1", () -> Fixtures.logistic("run 1"));
        ModelOption run2 = new ModelOption("Run 2", () -> Fixtures.logistic("run 2"));
        ObservableList<ModelOption> runs = FXCollections.observableArrayList(run1, run2);
        ModelChoiceViewModel choice = new ModelChoiceViewModel(runs, () -> pretrained, background,
                Fixtures.SAME_THREAD);
        background.runAll();
        choice.choose(run1);
        background.runAll();
        ModelOption further = new ModelOption("Run 1", () -> Fixtures.logistic("run 1, 3 more epochs"));
        runs.set(0, further);
        background.runAll();
        assertSame(further, choice.chosenProperty().get());
        assertEquals("run 1, 3 more epochs", choice.activeProperty().get().name());
    }

    @Test
    void aNewRunIsChosenAndARunThatCannotBeBuiltSaysWhy() {
        ObservableList<ModelOption> runs = FXCollections.observableArrayList(ModelOption.of(trained));
        ModelChoiceViewModel choice = new ModelChoiceViewModel(runs, () -> pretrained, background,
                Fixtures.SAME_THREAD);
        background.runAll();
        ModelOption broken = new ModelOption("Run 2", () -> {
            throw new IllegalStateException("its weights do not fit");
        });
        runs.add(broken);
        background.runAll();
        assertSame(broken, choice.chosenProperty().get());
        assertSame(trained, choice.activeProperty().get());
        assertEquals("Run 2 cannot be used: its weights do not fit", choice.messageProperty().get());
    }
}
