package dev.neurite.train;

import dev.neurite.data.DataSet;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSessionTest {

    private static final DataSet DATA = Synthetic.blobs(400, 4, 4, 4, 3);

    private static Network mlp(long seed) {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(16)),
                new Dense(32, ActivationFunction.RELU), new Dropout(0.2), new Dense(4, ActivationFunction.SOFTMAX));
        return new CpuEngine().compile(graph,
                new CompileSettings(new Optimizer.Adam(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        java.util.List.of("accuracy")), seed);
    }

    private static FitSettings fit(int epochs) {
        return FitSettings.defaults().withBatchSize(20).withEpochs(epochs).withValidation(new Validation.Split(0.25))
                .withSeed(7);
    }

    private static TrainingSession run(Network network, FitSettings settings, TrainingListener listener)
            throws InterruptedException {
        TrainingSession session = new TrainingSession(network, DATA, null, settings, List.of(), listener);
        session.start();
        session.awaitCompletion();
        return session;
    }

    @Test
    void fitLearnsSeparableClassesAndRecordsEveryEpoch() throws InterruptedException {
        TrainingSession session = run(mlp(1), fit(8), new TrainingListener() { });
        List<EpochMetrics> epochs = session.history().epochs();
        assertEquals(8, epochs.size());
        assertTrue(epochs.get(7).validationAccuracy() > 0.9, "val_accuracy " + epochs.get(7).validationAccuracy());
        assertTrue(epochs.get(7).loss() < epochs.get(0).loss());
    }

    @Test
    void sameSeedGivesTheSameHistory() throws InterruptedException {
        List<Double> first = run(mlp(5), fit(3), new TrainingListener() { }).history().values("val_loss");
        List<Double> second = run(mlp(5), fit(3), new TrainingListener() { }).history().values("val_loss");
        assertEquals(first, second);
    }

    @Test
    void validationSplitTakesTheLastSamplesBeforeShuffling() throws InterruptedException {
        List<Integer> batches = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void trainingStarted(int epochs, int batchesPerEpoch) {
                batches.add(batchesPerEpoch);
            }
        };
        run(mlp(1), fit(1), listener);
        assertEquals(List.of(15), batches); // 300 training samples of 400 in batches of 20
    }

    @Test
    void batchProgressReportsRunningMeans() throws InterruptedException {
        List<BatchProgress> progress = new CopyOnWriteArrayList<>();
        run(mlp(1), fit(1), new TrainingListener() {
            @Override
            public void batchEnded(BatchProgress p) {
                progress.add(p);
            }
        });
        assertEquals(15, progress.size());
        assertEquals(15, progress.get(14).batch());
        assertTrue(progress.get(14).accuracy() >= 0 && progress.get(14).accuracy() <= 1);
    }

    @Test
    void pauseStepAndStopTakeEffectWithinOneBatch() throws InterruptedException {
        BlockingQueue<Integer> batchesAtEachPause = new LinkedBlockingQueue<>();
        List<BatchProgress> progress = new CopyOnWriteArrayList<>();
        List<TrainingListener.EndReason> ends = new CopyOnWriteArrayList<>();
        TrainingSession session = new TrainingSession(mlp(1), DATA, null, fit(50), List.of(),
                new TrainingListener() {
                    @Override
                    public void batchEnded(BatchProgress p) {
                        progress.add(p);
                    }

                    @Override
                    public void pausedChanged(boolean isPaused) {
                        if (isPaused) {
                            batchesAtEachPause.add(progress.size());
                        }
                    }

                    @Override
                    public void trainingEnded(EndReason reason, String message) {
                        ends.add(reason);
                    }
                });
        session.pause();
        session.start();
        assertEquals(0, batchesAtEachPause.poll(10, TimeUnit.SECONDS), "paused before the first batch");
        session.step();
        assertEquals(1, batchesAtEachPause.poll(10, TimeUnit.SECONDS), "a step trains one batch and pauses again");
        session.stop();
        session.awaitCompletion();
        assertEquals(1, progress.size(), "stop while paused trains nothing more");
        assertEquals(List.of(TrainingListener.EndReason.STOPPED), ends);
    }

    @Test
    void aValidationSplitTooSmallToHoldASampleIsRefusedWithTheRemedy() {
        FitSettings tiny = fit(1).withValidation(new dev.neurite.settings.Validation.Split(1e-17));
        var failure = org.junit.jupiter.api.Assertions.assertThrows(dev.neurite.NeuriteException.class,
                () -> new TrainingSession(mlp(1), DATA, null, tiny, List.of(), new TrainingListener() { }));
        assertTrue(failure.getMessage().contains("validation_split 1.0E-17 of 400 samples leaves no sample"),
                failure.getMessage());
    }

    @Test
    void trainMoreContinuesEpochNumbering() throws InterruptedException {
        Network network = mlp(1);
        TrainingSession session = new TrainingSession(network, DATA, null, fit(2), List.of(),
                new TrainingListener() { });
        session.start();
        session.awaitCompletion();
        long steps = network.optimizer().steps();
        session.trainMore(1);
        session.awaitCompletion();
        assertEquals(3, session.history().size());
        assertEquals(3, session.history().epochs().get(2).epoch());
        assertEquals(steps * 3 / 2, network.optimizer().steps());
    }

    @Test
    void earlyStoppingEndsTheRunThroughTheSession() throws InterruptedException {
        List<TrainingListener.EndReason> ends = new CopyOnWriteArrayList<>();
        TrainingSession session = new TrainingSession(mlp(1), DATA, null, fit(30),
                List.of(new EarlyStopping(new Monitor("val_loss", 10), 1, true)), new TrainingListener() {
                    @Override
                    public void trainingEnded(EndReason reason, String message) {
                        ends.add(reason);
                    }
                });
        session.start();
        session.awaitCompletion();
        assertEquals(List.of(TrainingListener.EndReason.STOPPED_BY_CALLBACK), ends);
        assertEquals(2, session.history().size());
    }

    @Test
    void adaptedNormalizationTakesItsStatisticsFromTheTrainingSplitWhenFitStarts() throws InterruptedException {
        Network network = new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(16)),
                        dev.neurite.layers.Normalization.adapted(), new Dense(4, ActivationFunction.SOFTMAX)),
                new CompileSettings(new Optimizer.Adam(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        java.util.List.of("accuracy")), 1);
        assertTrue(network.needsAdapting());
        run(network, fit(1), new TrainingListener() { });
        assertTrue(!network.needsAdapting());
        assertEquals(300, network.weights().get("normalization/count").getDouble(0), 0);
    }

    @Test
    void nanLossStopsTheRunWithAdvice() throws InterruptedException {
        Network network = new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(16)),
                        new Dense(4, ActivationFunction.LINEAR)),
                new CompileSettings(new Optimizer.Sgd(1e6, 0, false), Loss.MEAN_SQUARED_ERROR,
                        java.util.List.of("accuracy")), 1);
        List<String> messages = new CopyOnWriteArrayList<>();
        run(network, fit(20), new TrainingListener() {
            @Override
            public void trainingEnded(EndReason reason, String message) {
                messages.add(reason + ": " + message);
            }
        });
        assertEquals(1, messages.size());
        assertTrue(messages.get(0).startsWith("STOPPED_BY_CALLBACK"), messages.get(0));
        assertTrue(messages.get(0).contains("lower learning rate"), messages.get(0));
    }

    @Test
    void aListenerThatAsksGetsEachEpochsLayerStatisticsRightBeforeItsMetrics() throws InterruptedException {
        List<String> events = new CopyOnWriteArrayList<>();
        run(mlp(2), fit(2), new TrainingListener() {
            @Override
            public boolean wantsLayerStatistics() {
                return true;
            }

            @Override
            public void layersObserved(dev.neurite.train.layerstats.EpochLayerStatistics statistics) {
                events.add("layers " + statistics.epoch() + " " + statistics.weighted().size() + " "
                        + statistics.probeSamples() + " " + statistics.gradientBatches());
            }

            @Override
            public void epochEnded(EpochMetrics metrics) {
                events.add("epoch " + metrics.epoch());
            }
        });
        assertEquals(List.of("layers 1 2 256 15", "epoch 1", "layers 2 2 256 15", "epoch 2"), events);
    }

    @Test
    void aListenerThatDoesNotAskGetsNoLayerStatistics() throws InterruptedException {
        List<Object> received = new CopyOnWriteArrayList<>();
        run(mlp(2), fit(1), new TrainingListener() {
            @Override
            public void layersObserved(dev.neurite.train.layerstats.EpochLayerStatistics statistics) {
                received.add(statistics);
            }
        });
        assertTrue(received.isEmpty());
    }
}
