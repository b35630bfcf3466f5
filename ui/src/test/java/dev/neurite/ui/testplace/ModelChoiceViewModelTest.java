package dev.neurite.ui.testplace;

import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.Fixtures;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

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
        assertSame(trained, choice.activeProperty().get());
        assertEquals(List.of(pretrained, trained), choice.choices());
    }

    @Test
    void theLearnerCanSwitchBackToThePretrainedModel() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        choice.choose(pretrained);
        assertSame(pretrained, choice.activeProperty().get());
    }

    @Test
    void aNewerTrainedModelReplacesTheOlderOne() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        TrainedModel newer = new TrainedModel("newer", trained.network());
        project.set(newer);
        assertEquals(List.of(pretrained, newer), choice.choices());
        assertSame(newer, choice.activeProperty().get());
    }

    @Test
    void aTrainedModelThatGoesAwayFallsBackToThePretrainedOne() {
        ModelChoiceViewModel choice = choice();
        background.runAll();
        project.set(trained);
        project.set(null);
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
}
