package dev.neurite.train;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoachTest {

    /** Epochs from parallel arrays of training and validation loss (NaN = no validation). */
    private static List<EpochMetrics> history(double[] loss, double[] validationLoss) {
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int i = 0; i < loss.length; i++) {
            epochs.add(new EpochMetrics(i + 1, loss[i], 0.5, validationLoss[i], 0.5, 1, 1000, 0.001));
        }
        return epochs;
    }

    private static CoachNote.Pattern only(List<CoachNote> notes) {
        assertEquals(1, notes.size(), notes.toString());
        return notes.get(0).pattern();
    }

    @Test
    void healthyLearningCurvesGetNoNote() {
        var epochs = history(new double[]{1.0, 0.6, 0.4, 0.3, 0.25}, new double[]{1.0, 0.7, 0.5, 0.4, 0.35});
        assertTrue(Coach.notes(epochs, List.of()).isEmpty());
    }

    @Test
    void validationLossRisingWhileTrainingLossFallsIsOverfitting() {
        var epochs = history(new double[]{1.0, 0.5, 0.3, 0.2, 0.1}, new double[]{1.0, 0.6, 0.65, 0.7, 0.8});
        List<CoachNote> notes = Coach.notes(epochs, List.of());
        assertEquals(CoachNote.Pattern.OVERFITTING, only(notes));
        assertEquals(CoachNote.Setting.EARLY_STOPPING, notes.get(0).setting());
        assertEquals(2, notes.get(0).fromEpoch());
    }

    @Test
    void twoRisingEpochsAreNotYetOverfitting() {
        var epochs = history(new double[]{1.0, 0.5, 0.3, 0.2}, new double[]{1.0, 0.6, 0.65, 0.7});
        assertTrue(Coach.notes(epochs, List.of()).stream()
                .noneMatch(n -> n.pattern() == CoachNote.Pattern.OVERFITTING));
    }

    /** Measured: mnist-mlp on 300 bundled digits, validation split 0.2, batch 32, 40 epochs (seed 42). */
    private static final double[] SMALL_SET_LOSS = {1.7385, 0.8412, 0.5464, 0.4337, 0.3207, 0.2415, 0.2050, 0.1633,
        0.1407, 0.1117, 0.0777, 0.0721, 0.0534, 0.0484, 0.0487, 0.0263, 0.0228, 0.0194, 0.0179, 0.0146, 0.0110,
        0.0097, 0.0082, 0.0076, 0.0060, 0.0050, 0.0045, 0.0037, 0.0034, 0.0033, 0.0027, 0.0026, 0.0023, 0.0021,
        0.0019, 0.0018, 0.0017, 0.0016, 0.0014, 0.0014};
    private static final double[] SMALL_SET_VALIDATION = {1.2446, 0.8574, 0.7993, 0.6905, 0.6890, 0.9061, 0.7906,
        0.6497, 0.7230, 0.6156, 0.6391, 0.7098, 0.8108, 0.7998, 0.7358, 0.7076, 0.7569, 0.8174, 0.7998, 0.7722,
        0.7617, 0.9121, 0.7723, 0.8068, 0.8391, 0.8916, 0.8646, 0.8519, 0.8873, 0.8671, 0.9086, 0.8820, 0.9207,
        0.9178, 0.9324, 0.9150, 0.9385, 0.9339, 0.9575, 0.9515};

    @Test
    void aSmallTrainingSetWhoseValidationLossZigzagsUpwardsIsOverfittingFromItsBestEpochOn() {
        for (int epochs = 13; epochs <= 40; epochs++) {
            var seen = history(java.util.Arrays.copyOf(SMALL_SET_LOSS, epochs),
                    java.util.Arrays.copyOf(SMALL_SET_VALIDATION, epochs));
            List<CoachNote> notes = Coach.notes(seen, List.of());
            assertEquals(CoachNote.Pattern.OVERFITTING, only(notes), "after epoch " + epochs);
            assertEquals(10, notes.get(0).fromEpoch(), "the best validation loss was at epoch 10");
        }
    }

    @Test
    void aNoisyButFlatValidationLossIsNotOverfitting() {
        var epochs = history(new double[]{1.0, 0.6, 0.45, 0.38, 0.33, 0.30, 0.28, 0.27},
                new double[]{1.0, 0.62, 0.50, 0.47, 0.49, 0.46, 0.50, 0.48});
        assertTrue(Coach.notes(epochs, List.of()).stream()
                .noneMatch(n -> n.pattern() == CoachNote.Pattern.OVERFITTING));
    }

    @Test
    void aNaNBatchLossIsDivergenceWithALearningRateRemedy() {
        List<CoachNote> notes = Coach.notes(List.of(), List.of(2.3, 5.0, Double.NaN));
        assertEquals(CoachNote.Pattern.DIVERGENCE, only(notes));
        assertEquals(CoachNote.Setting.LEARNING_RATE, notes.get(0).setting());
    }

    @Test
    void aGrowingTrainingLossIsDivergence() {
        var epochs = history(new double[]{1.0, 0.8, 2.0}, new double[]{Double.NaN, Double.NaN, Double.NaN});
        assertEquals(CoachNote.Pattern.DIVERGENCE, only(Coach.notes(epochs, List.of())));
    }

    @Test
    void aFlatLossOverEpochsIsNotLearning() {
        var epochs = history(new double[]{2.3026, 2.3025, 2.3026}, new double[]{2.3026, 2.3026, 2.3026});
        assertEquals(CoachNote.Pattern.NOT_LEARNING, only(Coach.notes(epochs, List.of())));
    }

    @Test
    void aFlatLossWithALossThatDoesNotFitTheOutputLinksToTheLoss() {
        var model = dev.neurite.format.Templates.resolve("mnist-mlp");
        var graph = model.graph();
        String output = graph.analyze().outputs().get(0);
        var dense = (dev.neurite.layers.Dense) graph.node(output).layer();
        var relu = new dev.neurite.layers.Dense(dense.units(), dev.neurite.layers.ActivationFunction.RELU,
                dense.useBias(), dense.kernelInitializer(), dense.biasInitializer(), dense.kernelRegularizer(),
                dense.biasRegularizer());
        var mismatch = dev.neurite.graph.TrainingChecks.outputLossMismatch(graph.replace(output, relu).analyze(),
                model.compile().loss()).orElseThrow();
        assertTrue(mismatch.message().contains("softmax"), mismatch.message());
        var epochs = history(new double[]{2.3026, 2.3025, 2.3026}, new double[]{2.3026, 2.3026, 2.3026});
        CoachNote note = Coach.notes(epochs, List.of(), mismatch.message()).get(0);
        assertEquals(CoachNote.Setting.LOSS, note.setting());
        assertTrue(note.remedy().startsWith(mismatch.message()), note.remedy());
        assertEquals(CoachNote.Setting.LEARNING_RATE, Coach.notes(epochs, List.of()).get(0).setting());
    }

    @Test
    void aFlatLossWithinTheFirstEpochIsNotLearning() {
        List<Double> flat = Collections.nCopies(Coach.FLAT_BATCHES, 2.3026);
        assertEquals(CoachNote.Pattern.NOT_LEARNING, only(Coach.notes(List.of(), flat)));
    }

    @Test
    void aFallingLossWithinTheFirstEpochGetsNoNote() {
        List<Double> falling = new ArrayList<>();
        for (int i = 0; i < Coach.FLAT_BATCHES; i++) {
            falling.add(2.3 - i * 0.02);
        }
        assertTrue(Coach.notes(List.of(), falling).isEmpty());
    }

    @Test
    void validationLossStuckForThreeEpochsIsAPlateau() {
        var epochs = history(new double[]{1.0, 0.5, 0.45, 0.44, 0.43}, new double[]{1.0, 0.5, 0.5, 0.499, 0.5});
        List<CoachNote> notes = Coach.notes(epochs, List.of());
        assertEquals(CoachNote.Pattern.PLATEAU, only(notes));
        assertEquals(CoachNote.Setting.REDUCE_LEARNING_RATE, notes.get(0).setting());
    }
}
