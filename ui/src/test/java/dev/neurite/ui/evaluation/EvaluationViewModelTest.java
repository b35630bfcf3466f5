package dev.neurite.ui.evaluation;

import dev.neurite.data.DataSet;
import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.Fixtures;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluationViewModelTest {

    private static TrainedModel first;
    private static TrainedModel second;
    private static DataSet test;

    private final SimpleObjectProperty<TrainedModel> model = new SimpleObjectProperty<>();
    private final Fixtures.ManualExecutor background = new Fixtures.ManualExecutor();

    @BeforeAll
    static void models() {
        first = Fixtures.logistic("first");
        second = Fixtures.logistic("second");
        test = Fixtures.digitsTest(300);
    }

    private EvaluationViewModel evaluation() {
        return new EvaluationViewModel(model, test, background, Fixtures.SAME_THREAD);
    }

    @Test
    void withoutAModelTheLearnerIsToldToTrainOne() {
        EvaluationViewModel evaluation = evaluation();
        assertEquals(EvaluationViewModel.State.NO_MODEL, evaluation.stateProperty().get());
        assertEquals("Train the model to see its mistakes.", evaluation.messageProperty().get());
    }

    @Test
    void choosingAModelEvaluatesItOnEveryTestImage() {
        EvaluationViewModel evaluation = evaluation();
        model.set(first);
        assertEquals(EvaluationViewModel.State.RUNNING, evaluation.stateProperty().get());
        background.runAll();
        TestResults results = evaluation.resultsProperty().get();
        assertEquals(test.size(), Arrays.stream(results.evaluation().confusion()).flatMapToInt(Arrays::stream).sum());
        assertEquals(1.0, evaluation.progressProperty().get());
        assertEquals(EvaluationViewModel.State.DONE, evaluation.stateProperty().get());
    }

    @Test
    void resultsAreKeptPerModelSoSwitchingBackDoesNotRecompute() {
        EvaluationViewModel evaluation = evaluation();
        model.set(first);
        background.runAll();
        TestResults firstResults = evaluation.resultsProperty().get();
        model.set(second);
        background.runAll();
        model.set(first);
        assertEquals(0, background.queued());
        assertSame(firstResults, evaluation.resultsProperty().get());
        assertEquals(2, evaluation.evaluationsStarted());
    }

    @Test
    void cancelStopsTheEvaluationBeforeItsNextChunk() {
        EvaluationViewModel evaluation = evaluation();
        evaluation.progressProperty().addListener((obs, old, now) -> evaluation.cancel());
        model.set(first);
        background.runAll();
        assertEquals(EvaluationViewModel.State.CANCELLED, evaluation.stateProperty().get());
        assertNull(evaluation.resultsProperty().get());
        assertTrue(evaluation.progressProperty().get() < 1);
    }

    @Test
    void evaluateRunsAgainAfterACancel() {
        EvaluationViewModel evaluation = evaluation();
        model.set(first);
        evaluation.cancel();
        background.runAll();
        evaluation.evaluate();
        background.runAll();
        assertEquals(EvaluationViewModel.State.DONE, evaluation.stateProperty().get());
    }

    @Test
    void progressGrowsInStepsToTheWholeSet() {
        EvaluationViewModel evaluation = evaluation();
        java.util.List<Double> seen = new java.util.ArrayList<>();
        evaluation.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        model.set(first);
        background.runAll();
        assertTrue(seen.size() >= 2, "progress before the end: " + seen);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), seen.toString());
        }
        assertEquals(1.0, seen.get(seen.size() - 1));
    }
}
