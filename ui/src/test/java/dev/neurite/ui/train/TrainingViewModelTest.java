package dev.neurite.ui.train;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.CpuEngine;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.train.TrainingListener;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view-model without a Stage: a same-thread executor, the session's thread awaited, then drained. */
class TrainingViewModelTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");
    private static final Executor SAME_THREAD = Runnable::run;

    private final SimpleObjectProperty<ModelDefinition> model =
            new SimpleObjectProperty<>(Templates.resolve("mnist-mlp"));
    private final TrainingViewModel vm = new TrainingViewModel(model, new SimpleStringProperty("digits"),
            SAME_THREAD, id -> DIGITS, new CpuEngine());

    private void configure(int epochs) {
        vm.form().epochsProperty().set(epochs);
        vm.form().sampleLimitProperty().set(200);
        vm.form().batchSizeProperty().set(50);
        vm.form().validateOnTestProperty().set(false);
        vm.form().validationSplitProperty().set(0.2);
    }

    private void awaitEnd() throws InterruptedException {
        vm.drain();
        vm.currentRun().session().awaitCompletion();
        vm.drain();
        vm.drain();
    }

    @Test
    void onlyStartIsEnabledBeforeTheFirstRun() {
        assertTrue(vm.canStartProperty().get());
        assertFalse(vm.canPauseProperty().get());
        assertFalse(vm.canResumeProperty().get());
        assertFalse(vm.canStopProperty().get());
        assertFalse(vm.canStepProperty().get());
        assertFalse(vm.canTrainMoreProperty().get());
    }

    @Test
    void startOnADataSetNotDownloadedSaysWhereTheWindowDownloadsIt() {
        TrainingViewModel missing = new TrainingViewModel(model, new SimpleStringProperty("mnist"), SAME_THREAD,
                id -> {
                    throw new dev.neurite.data.NotDownloadedException(
                            dev.neurite.data.DataCatalog.find("mnist").orElseThrow());
                }, new CpuEngine());
        missing.start();
        missing.drain();
        String status = missing.statusProperty().get();
        assertTrue(status.contains("Download it in the Data place (Ctrl+1, Download > MNIST"), status);
        assertFalse(status.contains("neurite datasets"), status);
        assertEquals(0, missing.runs().runs().size(), "no run record for a run that never started");
    }

    @Test
    void aFinishedRunHasCurvesHistoryARecordAndATestEvaluation() throws InterruptedException {
        configure(2);
        vm.start();
        awaitEnd();
        assertEquals(RunState.FINISHED, vm.stateProperty().get());
        assertEquals(2, vm.history().size());
        assertEquals(8, vm.lossCurves().batches().size(), "160 samples in batches of 50: 4 per epoch");
        assertEquals(2, vm.lossCurves().validationEpochs().size());
        assertEquals(1, vm.runs().runs().size());
        assertNotNull(vm.lastEvaluationProperty().get());
        assertTrue(vm.runs().runs().get(0).record().hasTestMetrics());
        assertTrue(vm.canStartProperty().get() && vm.canTrainMoreProperty().get());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void aDrainShowsTheNewestBatchOncePerEpochWhileEveryBatchReachesTheCurves() throws InterruptedException {
        configure(2);
        vm.start();
        vm.drain();
        vm.currentRun().session().awaitCompletion();
        int[] textUpdates = {0};
        vm.progress().batchTextProperty().addListener(text -> {
            textUpdates[0]++;
            vm.progress().batchTextProperty().get();
        });
        vm.drain();
        assertEquals(8, vm.lossCurves().batches().size(), "160 samples in batches of 50: 4 per epoch");
        assertEquals(8L, vm.batchesSeenProperty().get());
        assertEquals("Epoch 2 of 2", vm.progress().epochTextProperty().get());
        assertEquals("Batch 4 of 4", vm.progress().batchTextProperty().get());
        assertEquals(1.0, vm.progress().runProgressProperty().get());
        assertEquals(2, textUpdates[0], "Batch 0 of 4 as the run starts, then Batch 4 of 4 (one per batch: 9)");
    }

    @Test
    void theCoachsNotesChangeOnlyWhenTheySaySomethingNew() throws InterruptedException {
        configure(4);
        vm.form().learningRateProperty().set(50);   // far too large: the coach repeats a note every epoch
        List<List<dev.neurite.train.CoachNote>> shown = new ArrayList<>();
        shown.add(List.of());
        vm.coachNotes().addListener((javafx.collections.ListChangeListener<dev.neurite.train.CoachNote>) change ->
                shown.add(List.copyOf(vm.coachNotes())));
        vm.start();
        awaitEnd();
        assertFalse(vm.coachNotes().isEmpty(), "the coach has a note: " + vm.history());
        for (int i = 1; i < shown.size(); i++) {
            assertFalse(shown.get(i).equals(shown.get(i - 1)), "change " + i + " repeats the notes shown: " + shown);
        }
    }

    @Test
    void theRunsTextLogReadsLikeKerasAndEndsWithTheTestEvaluation() throws InterruptedException {
        configure(2);
        vm.start();
        awaitEnd();
        String log = vm.liveLogProperty().get();
        assertTrue(log.startsWith("Epoch 1/2 - "), log);
        assertTrue(log.contains("\nEpoch 2/2 - ") && log.contains(" - val_accuracy: "), log);
        assertTrue(log.contains("evaluate on the test set - loss: "), log);
    }

    @Test
    void trainMoreContinuesTheEpochNumberingOfTheSameRun() throws InterruptedException {
        configure(1);
        vm.start();
        awaitEnd();
        vm.moreEpochsProperty().set(2);
        vm.trainMore();
        awaitEnd();
        assertEquals(List.of(1, 2, 3), vm.history().stream().map(e -> e.epoch()).toList());
        assertEquals(1, vm.runs().runs().size(), "a continuation updates its run");
        assertEquals(3, vm.runs().runs().get(0).record().history().size());
    }

    @Test
    void trainMoreRefusesToContinueARunOfAnotherModelAndOffersANewRun() throws InterruptedException {
        configure(1);
        vm.start();
        awaitEnd();
        assertEquals("", vm.trainMoreNoteProperty().get());
        model.set(Templates.resolve("logistic"));
        assertTrue(vm.trainMoreNoteProperty().get().contains("would continue run 1"),
                vm.trainMoreNoteProperty().get());
        vm.trainMore();
        assertEquals(RunState.FINISHED, vm.stateProperty().get(), "nothing trains");
        assertEquals(vm.trainMoreNoteProperty().get(), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().contains("Start trains the model on the canvas as a new run"));
        assertEquals(1, vm.runs().runs().get(0).record().history().size());
        model.set(Templates.resolve("mnist-mlp"));
        assertEquals("", vm.trainMoreNoteProperty().get(), "the run's own model again: +N continues it");
    }

    @Test
    void theModelHandedToTheTestPlaceIsACopyThatTrainingFurtherLeavesAlone() throws InterruptedException {
        configure(1);
        vm.start();
        awaitEnd();
        var handed = vm.lastTrainedProperty().get();
        assertEquals("Trained model, run 1", handed.name());
        var before = handed.network().weights();
        vm.trainMore();
        awaitEnd();
        var after = handed.network().weights();
        before.forEach((name, array) -> assertEquals(array, after.get(name), name + " unchanged"));
        assertTrue(vm.lastTrainedProperty().get() != handed, "the continued run hands over a new copy");
        assertFalse(vm.lastNetworkProperty().get().weights().values().iterator().next()
                .equals(before.values().iterator().next()), "which has the further trained weights");
    }

    @Test
    void editsDuringARunAreQueuedUntilItEnds() throws InterruptedException {
        configure(1);
        vm.start();
        assertTrue(vm.editingLockedProperty().get());
        assertEquals(TrainingViewModel.LOCK_REASON, vm.editingLockReasonProperty().get());
        List<String> applied = new ArrayList<>();
        assertFalse(vm.edit(() -> applied.add("edit")));
        assertTrue(applied.isEmpty());
        awaitEnd();
        assertEquals(List.of("edit"), applied);
        assertTrue(vm.edit(() -> applied.add("now")));
    }

    @Test
    void theRunTrainsTheSnapshotTakenAtStart() throws InterruptedException {
        configure(1);
        ModelDefinition atStart = model.get();
        vm.start();
        model.set(Templates.resolve("logistic"));
        awaitEnd();
        assertEquals(atStart.graph(), vm.runs().runs().get(0).record().model().graph());
    }

    @Test
    void stopEndsTheRunAndLeavesANetworkThatEvaluates() throws InterruptedException {
        configure(50);
        vm.start();
        vm.drain();
        vm.stop();
        assertFalse(vm.canStopProperty().get());
        awaitEnd();
        assertEquals(TrainingListener.EndReason.STOPPED, vm.runs().runs().get(0).record().endReason());
        assertNotNull(vm.lastNetworkProperty().get());
        assertTrue(vm.lastEvaluationProperty().get().accuracy() >= 0);
    }

    @Test
    void aStartThatCannotPrepareSaysWhyAndAllowsAnotherStart() {
        TrainingViewModel failing = new TrainingViewModel(model, new SimpleStringProperty("nowhere"), SAME_THREAD,
                id -> {
                    throw new IllegalStateException("No data set 'nowhere'");
                }, new CpuEngine());
        failing.start();
        failing.drain();
        assertEquals(RunState.IDLE, failing.stateProperty().get());
        assertEquals("No data set 'nowhere'", failing.statusProperty().get());
        assertTrue(failing.canStartProperty().get());
    }

    @Test
    void aModelThatCannotFitTheDataIsRefusedAtStartNamingTheLayerAndItsFix() {
        ModelDefinition logistic = Templates.resolve("logistic");
        model.set(logistic.withGraph(logistic.graph().replace("dense",
                new dev.neurite.layers.Dense(5, dev.neurite.layers.ActivationFunction.SOFTMAX))));
        configure(1);
        vm.start();
        vm.drain();
        assertEquals(RunState.IDLE, vm.stateProperty().get());
        String status = vm.statusProperty().get();
        assertTrue(status.startsWith("The model cannot train on 'digits': dense: The last layer gives 5 values"),
                status);
        assertTrue(status.contains("(fix: Set units to 10)"), status);
        assertTrue(vm.canStartProperty().get());
    }
}
