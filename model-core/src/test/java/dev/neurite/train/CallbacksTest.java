package dev.neurite.train;

import dev.neurite.format.WeightsArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optional Keras callbacks against a recording {@link TrainingControl} and synthetic epochs. */
class CallbacksTest {

    /** Records what callbacks do to a run; the "weights" are one scalar named after the epoch that set them. */
    private static final class FakeControl implements TrainingControl {
        String stopMessage;
        double learningRate = 0.1;
        double weight;

        @Override
        public void requestStop(String message) {
            stopMessage = message;
        }

        @Override
        public double learningRate() {
            return learningRate;
        }

        @Override
        public void setLearningRate(double rate) {
            learningRate = rate;
        }

        @Override
        public Map<String, INDArray> weights() {
            return Map.of("dense/kernel", Nd4j.scalar(weight));
        }

        @Override
        public void setWeights(Map<String, INDArray> weights) {
            weight = weights.get("dense/kernel").getDouble(0);
        }
    }

    private static EpochMetrics epoch(int epoch, double validationLoss) {
        return new EpochMetrics(epoch, 1.0 / epoch, 0.5, validationLoss, 0.5, 1, 1000, 0.1);
    }

    private static void feed(Callback callback, FakeControl control, double... validationLosses) {
        callback.trainingStarted(control);
        for (int i = 0; i < validationLosses.length && control.stopMessage == null; i++) {
            control.weight = i + 1;
            callback.epochEnded(epoch(i + 1, validationLosses[i]), control);
        }
    }

    @Test
    void earlyStoppingStopsAfterPatienceEpochsAndRestoresTheBestWeights() {
        FakeControl control = new FakeControl();
        feed(new EarlyStopping(new Monitor("val_loss", 0), 2, true), control, 0.9, 0.5, 0.6, 0.7, 0.4);
        assertTrue(control.stopMessage.contains("best 0.5000 at epoch 2"), control.stopMessage);
        assertEquals(2, control.weight, "the weights of epoch 2 are back");
    }

    @Test
    void earlyStoppingKeepsGoingWhileTheValueImproves() {
        FakeControl control = new FakeControl();
        feed(new EarlyStopping(new Monitor("val_loss", 0), 2, true), control, 0.9, 0.8, 0.7, 0.6);
        assertNull(control.stopMessage);
    }

    @Test
    void earlyStoppingWithoutValidationWatchesTheTrainingLoss() {
        FakeControl control = new FakeControl();
        feed(new EarlyStopping(new Monitor("val_loss", 0), 1, false), control, Double.NaN, Double.NaN);
        assertNull(control.stopMessage, "training loss 1/epoch keeps falling");
    }

    @Test
    void reduceOnPlateauMultipliesTheLearningRateAfterPatienceEpochs() {
        FakeControl control = new FakeControl();
        feed(new ReduceLearningRateOnPlateau(new Monitor("val_loss", 1e-4), 0.5, 2, 0, 0.01), control,
                0.5, 0.5, 0.5);
        assertEquals(0.05, control.learningRate, 1e-12);
    }

    @Test
    void reduceOnPlateauNeverGoesBelowTheFloor() {
        FakeControl control = new FakeControl();
        feed(new ReduceLearningRateOnPlateau(new Monitor("val_loss", 0), 0.1, 1, 0, 0.05), control,
                0.5, 0.5, 0.5, 0.5);
        assertEquals(0.05, control.learningRate, 1e-12);
    }

    @Test
    void checkpointKeepsOnlyTheBestEpochWhenAsked(@TempDir Path folder) throws IOException {
        FakeControl control = new FakeControl();
        feed(new ModelCheckpoint(folder, new Monitor("val_loss", 0), true), control, 0.9, 0.5, 0.7);
        Map<String, INDArray> saved = new WeightsArchive().read(folder.resolve(ModelCheckpoint.BEST_FILE));
        assertEquals(2, saved.get("dense/kernel").getDouble(0));
        assertFalse(Files.exists(folder.resolve(ModelCheckpoint.epochFile(1))));
    }

    @Test
    void checkpointWritesEveryEpochOtherwise(@TempDir Path folder) {
        feed(new ModelCheckpoint(folder, new Monitor("val_loss", 0), false), new FakeControl(), 0.9, 0.5, 0.7);
        for (int epoch = 1; epoch <= 3; epoch++) {
            assertTrue(Files.isRegularFile(folder.resolve(ModelCheckpoint.epochFile(epoch))));
        }
    }

    @Test
    void settingsRefuseArgumentsKerasRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new Monitor("val_precision", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new CallbackSettings.EarlyStoppingSettings("val_loss", 0, 0, true));
        assertThrows(IllegalArgumentException.class,
                () -> new CallbackSettings.ReduceOnPlateauSettings("val_loss", 1.5, 2, 0, 0, 0));
    }

    @Test
    void settingsMakeTheCallbacksThatAreOn(@TempDir Path folder) {
        CallbackSettings settings = CallbackSettings.none()
                .withEarlyStopping(CallbackSettings.EarlyStoppingSettings.defaults())
                .withCheckpoint(new CallbackSettings.CheckpointSettings(folder, "val_loss", true));
        assertEquals(2, settings.toCallbacks().size());
        assertTrue(CallbackSettings.none().toCallbacks().isEmpty());
    }
}
