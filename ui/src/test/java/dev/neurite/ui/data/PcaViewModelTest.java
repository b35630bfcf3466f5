package dev.neurite.ui.data;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.Provenance;
import dev.neurite.data.TrainTestSets;
import dev.neurite.format.Templates;
import dev.neurite.model.ModelDefinition;
import dev.neurite.ui.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PCA tab's state without a window: fitted on the bundled digits, lazily, cached, latest request first. */
class PcaViewModelTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");
    /** A second, smaller data set: 500 training and 200 test images of the digits. */
    private static final TrainTestSets FEW = new TrainTestSets(DIGITS.train().range(0, 500),
            Optional.of(DIGITS.test().orElseThrow().range(0, 200)));
    private static final ModelDefinition CNN = Templates.get("quick-cnn");

    private final DataViewModel data = new DataViewModel(BackgroundTasks.sameThread(), PcaViewModelTest::resolve);

    private static TrainTestSets resolve(String id) {
        return switch (id) {
            case "digits" -> DIGITS;
            case "few" -> FEW;
            case "large" -> large();
            default -> throw new DataException("no such data set '" + id + "'");
        };
    }

    /** Two images of 300x300 pixels: more than PCA takes. */
    private static TrainTestSets large() {
        DataSet set = DataSet.labelled("large", 300, 300, new byte[2 * 300 * 300], new int[] {0, 1},
                List.of("0", "1"), Provenance.inMemory("test"));
        return new TrainTestSets(set, Optional.empty());
    }

    @Test
    void nothingIsFittedUntilTheTabIsShownThenTheDigitsAreReady() {
        PcaViewModel pca = new PcaViewModel(BackgroundTasks.sameThread(), data);
        data.load("digits", CNN);
        assertEquals(PcaViewModel.State.IDLE, pca.stateProperty().get());
        assertEquals(0, pca.fitsStarted());
        pca.setShown(true);
        assertEquals(PcaViewModel.State.READY, pca.stateProperty().get());
        PcaResult result = pca.resultProperty().get();
        assertEquals(3600, result.fittedOn(), "the training part without quick-cnn's validation split of 0.1");
        assertEquals(784, result.pca().count(), "every component, for the slider");
        assertEquals(2 * 1000, result.scatter().length, "x_test on two components");
        assertEquals(1000, result.labels().length);
        assertEquals("x_test", result.projected());
        assertEquals("", pca.messageProperty().get());
    }

    @Test
    void theVarianceCurveRisesMonotonicallyToOneAndItsMarksNameTheCounts() {
        PcaViewModel pca = shownOnDigits(BackgroundTasks.sameThread());
        double[] curve = pca.resultProperty().get().pca().cumulativeExplainedVarianceRatio();
        for (int i = 1; i < curve.length; i++) {
            assertTrue(curve[i] >= curve[i - 1], "rises at " + i);
        }
        assertEquals(1, curve[curve.length - 1], 1e-9);
        int k90 = pca.resultProperty().get().pca().componentsFor(0.9);
        assertTrue(curve[k90 - 1] >= 0.9 && curve[k90 - 2] < 0.9);
        assertEquals(k90 + " components keep 90%", pca.markText(0.9));
        assertEquals(k90, pca.componentsProperty().get(), "the slider starts at the 90% count");
    }

    @Test
    void allComponentsRebuildTheChosenDigitExactly() {
        PcaViewModel pca = shownOnDigits(BackgroundTasks.sameThread());
        data.select(17);
        PcaViewModel.Digit digit = pca.digit();
        assertEquals("x_train[17]", digit.name());
        pca.keep(10_000);
        assertEquals(784, pca.componentsProperty().get(), "k is clamped to the components there are");
        assertArrayEquals(digit.pixels(), pca.reconstruction(digit.pixels()), 1e-4f);
        assertEquals("k = 784 components keep 100.0% of the variance", pca.keptText());
        pca.keep(0);
        assertEquals(1, pca.componentsProperty().get());
    }

    @Test
    void aDataSetShownAgainComesFromTheCacheWithoutAnotherFit() {
        PcaViewModel pca = shownOnDigits(BackgroundTasks.sameThread());
        PcaResult digits = pca.resultProperty().get();
        data.load("few", CNN);
        assertEquals(450, pca.resultProperty().get().fittedOn());
        data.load("digits", CNN);
        assertSame(digits, pca.resultProperty().get());
        assertEquals(2, pca.fitsStarted());
    }

    @Test
    void anotherDataSetShownWhileFittingReplacesTheFitAndTheStaleOneNeverStarts() {
        Deferred tasks = new Deferred();
        PcaViewModel pca = shownOnDigits(tasks);
        assertEquals(PcaViewModel.State.COMPUTING, pca.stateProperty().get());
        assertEquals("Computing PCA of the 3,600 training images\u2026", pca.messageProperty().get());
        data.load("few", CNN);
        tasks.finish(0);
        assertEquals(PcaViewModel.State.COMPUTING, pca.stateProperty().get(), "the digits' fit was dropped");
        assertNull(pca.resultProperty().get());
        tasks.finish(1);
        assertEquals(PcaViewModel.State.READY, pca.stateProperty().get());
        assertEquals("few", pca.resultProperty().get().key().dataset());
        assertEquals(List.of(false, true), tasks.ran, "the digits' fit never ran: it was superseded first");
    }

    @Test
    void aFitThatFinishesAfterASwitchIsKeptForLaterButNotShown() {
        Deferred tasks = new Deferred();
        PcaViewModel pca = shownOnDigits(tasks);
        tasks.compute(0); // the digits' fit is under way...
        data.load("few", CNN); // ...when another data set is shown
        tasks.deliver(0);
        assertEquals(PcaViewModel.State.COMPUTING, pca.stateProperty().get(), "the digits are no longer shown");
        assertNull(pca.resultProperty().get());
        tasks.finish(1);
        assertEquals("few", pca.resultProperty().get().key().dataset());
        data.load("digits", CNN);
        assertEquals(PcaViewModel.State.READY, pca.stateProperty().get(), "the late fit was kept");
        assertEquals("digits", pca.resultProperty().get().key().dataset());
        assertEquals(2, tasks.ran.size(), "no third fit");
    }

    @Test
    void imagesTooLargeForPcaAreExplainedInOneSentence() {
        PcaViewModel pca = new PcaViewModel(BackgroundTasks.sameThread(), data);
        data.load("large", CNN);
        pca.setShown(true);
        assertEquals(PcaViewModel.State.FAILED, pca.stateProperty().get());
        String message = pca.messageProperty().get();
        assertTrue(message.startsWith("PCA cannot be shown for this data set: PCA takes images of at most 65536 "
                + "pixels"), message);
        assertNull(pca.resultProperty().get());
    }

    private PcaViewModel shownOnDigits(BackgroundTasks tasks) {
        PcaViewModel pca = new PcaViewModel(tasks, data);
        data.load("digits", CNN);
        pca.setShown(true);
        return pca;
    }

    /**
     * Background tasks that run only when a test says so, in two halves when it asks: the work on the background
     * thread, then its outcome on the JavaFX thread. Records whether each one's work ran to the end.
     */
    private static final class Deferred implements BackgroundTasks {
        private final List<Runnable> computations = new ArrayList<>();
        private final List<Runnable> deliveries = new ArrayList<>();
        private final List<Boolean> ran = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            int index = ran.size();
            ran.add(false);
            List<Runnable> outcome = new ArrayList<>();
            computations.add(() -> {
                try {
                    T result = work.call();
                    ran.set(index, true);
                    outcome.add(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    outcome.add(() -> onFailure.accept(e));
                }
            });
            deliveries.add(() -> outcome.forEach(Runnable::run));
        }

        void compute(int index) {
            computations.get(index).run();
        }

        void deliver(int index) {
            deliveries.get(index).run();
        }

        void finish(int index) {
            compute(index);
            deliver(index);
        }
    }
}
