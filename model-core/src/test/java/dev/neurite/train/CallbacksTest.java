package dev.neurite.train;

import dev.neurite.format.WeightsArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbacksTest {

    private static final Monitor VAL_LOSS = new Monitor("val_loss", 0);

    @Test
    void earlyStoppingStopsAfterPatienceEpochsWithoutImprovement() {
        FakeControl control = new FakeControl();
        int stoppedAt = control.feed(new EarlyStopping(VAL_LOSS, 2, false), 1.0, 0.8, 0.9, 0.85, 0.7);
        assertEquals(4, stoppedAt);
        assertTrue(control.stopMessage.contains("val_loss has not improved for 2 epochs"), control.stopMessage);
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsWeights() {
        FakeControl control = new FakeControl();
        control.feed(new EarlyStopping(VAL_LOSS, 1, true), 1.0, 0.8, 0.9);
        assertEquals(2, control.restoredWeight);
        assertTrue(control.stopMessage.contains("Restored the weights of epoch 2"), control.stopMessage);
    }

    @Test
    void earlyStoppingCountsOnlyImprovementsLargerThanMinDelta() {
        FakeControl control = new FakeControl();
        int stoppedAt = control.feed(new EarlyStopping(new Monitor("val_loss", 0.05), 1, false), 1.0, 0.97);
        assertEquals(2, stoppedAt);
    }

    @Test
    void accuracyIsMonitoredUpwards() {
        Monitor accuracy = new Monitor("val_accuracy", 0);
        assertTrue(accuracy.improves(0.9, 0.8));
        assertFalse(VAL_LOSS.improves(0.9, 0.8));
    }

    @Test
    void reduceOnPlateauMultipliesTheRateAfterPatience() {
        FakeControl control = new FakeControl();
        control.feed(new ReduceLearningRateOnPlateau(VAL_LOSS, 0.5, 2, 0, 0.01), 1.0, 1.0, 1.0);
        assertEquals(0.05, control.learningRate, 1e-12);
    }

    @Test
    void reduceOnPlateauNeverGoesBelowTheMinimum() {
        FakeControl control = new FakeControl();
        control.feed(new ReduceLearningRateOnPlateau(VAL_LOSS, 0.1, 1, 0, 0.05), 1.0, 1.0, 1.0, 1.0);
        assertEquals(0.05, control.learningRate, 1e-12);
    }

    @Test
    void checkpointWritesLastEveryEpochAndBestOnImprovement(@TempDir Path dir) throws IOException {
        Path best = dir.resolve("best.weights.zip");
        Path last = dir.resolve("last.weights.zip");
        FakeControl control = new FakeControl();
        ModelCheckpoint checkpoint = new ModelCheckpoint(VAL_LOSS, best, last, new WeightsArchive()::write);
        control.feed(checkpoint, 1.0, 0.5, 0.9);
        var bestWeights = new dev.neurite.format.WeightsArchive().read(best);
        var lastWeights = new dev.neurite.format.WeightsArchive().read(last);
        assertEquals(2, bestWeights.get("dense/kernel").getDouble(0), 0);
        assertEquals(3, lastWeights.get("dense/kernel").getDouble(0), 0);
        assertNull(control.stopMessage);
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count()); // no temporary files left behind
        }
    }
}
