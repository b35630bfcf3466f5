package dev.neurite.train;

import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KerasLogTest {

    private static final ModelDefinition MODEL = new ModelDefinition(ModelGraph.sequential(
            new InputLayer(TensorShape.of(784)), new Dense(10, ActivationFunction.SOFTMAX)),
            CompileSettings.defaults(), FitSettings.defaults().withEpochs(2), null);

    private static final List<EpochMetrics> EPOCHS = List.of(
            new EpochMetrics(1, 0.61234, 0.8, 0.5, 0.85, 1.84, 500, 0.01),
            new EpochMetrics(2, 0.4, 0.9, 0.45, 0.875, 1.76, 500, 0.01));

    @Test
    void aRunningRunLogsEachEpochAsKerasDoes() {
        assertEquals("Epoch 1/5 - 1.8s - loss: 0.6123 - accuracy: 0.8000 - val_loss: 0.5000 - val_accuracy: 0.8500\n",
                KerasLog.epochs(EPOCHS.subList(0, 1), 5));
    }

    @Test
    void aFinishedRunEndsWithHowItEndedAndTheTestEvaluation() {
        RunRecord run = new RunRecord(1, Instant.EPOCH, 3.6, MODEL, CallbackSettings.none(), "digits", "", EPOCHS, 10,
                TrainingListener.EndReason.COMPLETED, "Training finished after 2 epochs.", 0.3684, 0.89);
        assertEquals("""
                Epoch 1/2 - 1.8s - loss: 0.6123 - accuracy: 0.8000 - val_loss: 0.5000 - val_accuracy: 0.8500
                Epoch 2/2 - 1.8s - loss: 0.4000 - accuracy: 0.9000 - val_loss: 0.4500 - val_accuracy: 0.8750
                Training finished after 2 epochs.
                evaluate on the test set - loss: 0.3684 - accuracy: 0.8900
                """, KerasLog.of(run));
    }
}
