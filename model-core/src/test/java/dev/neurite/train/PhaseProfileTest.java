package dev.neurite.train;

import dev.neurite.data.DataSet;
import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.engine.PhaseTimer;
import dev.neurite.engine.PhaseTimer.EpochPhases;
import dev.neurite.engine.PhaseTimer.Phase;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-phase profile of {@code neurite train --profile}, on a real (tiny) training run. */
class PhaseProfileTest {

    private static final DataSet DATA = Synthetic.blobs(400, 4, 4, 4, 3);

    private static Network mlp() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(16)),
                new Dense(32, ActivationFunction.RELU), new Dense(4, ActivationFunction.SOFTMAX));
        return new CpuEngine().compile(graph, new CompileSettings(new Optimizer.Adam(),
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of("accuracy")), 3);
    }

    private static TrainingSession train(PhaseTimer timer, int epochs) throws InterruptedException {
        FitSettings fit = FitSettings.defaults().withBatchSize(20).withEpochs(epochs)
                .withValidation(new Validation.Split(0.25)).withSeed(7);
        TrainingSession session = new TrainingSession(mlp(), DATA, null, fit, List.of(), new TrainingListener() { });
        session.profileWith(timer);
        session.start();
        session.awaitCompletion();
        return session;
    }

    @Test
    void everyEpochsPhasesAreNonNegativeAndSumToItsMeasuredDuration() throws InterruptedException {
        PhaseTimer timer = PhaseTimer.recording();
        TrainingSession session = train(timer, 3);

        List<EpochPhases> epochs = timer.epochs();
        List<EpochMetrics> history = session.history().epochs();
        assertEquals(3, epochs.size());
        for (int i = 0; i < epochs.size(); i++) {
            EpochPhases phases = epochs.get(i);
            assertEquals(i + 1, phases.epoch());
            double sum = 0;
            for (Phase phase : Phase.values()) {
                assertTrue(phases.seconds(phase) >= 0, phase + " " + phases.seconds(phase));
                sum += phases.seconds(phase);
            }
            assertEquals(phases.totalSeconds(), sum, 1e-6, "phases of epoch " + phases.epoch());
            assertEquals(history.get(i).seconds(), phases.totalSeconds(), 1e-3, "the epoch's time in the history");
            for (Phase timed : List.of(Phase.DATA, Phase.FORWARD, Phase.METRICS, Phase.BACKWARD, Phase.UPDATE,
                    Phase.EVALUATION)) {
                assertTrue(phases.seconds(timed) > 0, timed + " was never entered in epoch " + phases.epoch());
            }
        }
    }

    @Test
    void withoutProfilingNothingIsRecordedAndTheRunIsTheSame() throws InterruptedException {
        TrainingSession plain = train(PhaseTimer.OFF, 2);
        TrainingSession profiled = train(PhaseTimer.recording(), 2);

        assertTrue(PhaseTimer.OFF.epochs().isEmpty());
        assertEquals(plain.history().values("loss"), profiled.history().values("loss"));
        assertEquals(plain.history().values("val_loss"), profiled.history().values("val_loss"));
    }
}
