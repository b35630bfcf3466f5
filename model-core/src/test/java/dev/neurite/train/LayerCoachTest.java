package dev.neurite.train;

import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
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
import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.Histogram;
import dev.neurite.train.layerstats.LayerStatistics;
import dev.neurite.train.layerstats.ParameterStatistics;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerCoachTest {

    private static final dev.neurite.data.DataSet DATA = Synthetic.blobs(400, 4, 4, 4, 3);

    private static Network mlp() {
        return new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(16)),
                new Dense(32, ActivationFunction.RELU), new Dense(4, ActivationFunction.SOFTMAX)),
                new CompileSettings(new Optimizer.Adam(), Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of("accuracy")),
                1);
    }

    /** Trains 3 epochs and returns the coach's notes with the layer statistics the session delivered. */
    private static List<CoachNote> coachAfterTraining(Network network) throws InterruptedException {
        List<EpochLayerStatistics> layers = new CopyOnWriteArrayList<>();
        TrainingSession session = new TrainingSession(network, DATA, null, FitSettings.defaults().withBatchSize(20)
                .withEpochs(3).withValidation(new Validation.Split(0.25)).withSeed(7), List.of(),
                new TrainingListener() {
                    @Override
                    public boolean wantsLayerStatistics() {
                        return true;
                    }

                    @Override
                    public void layersObserved(EpochLayerStatistics statistics) {
                        layers.add(statistics);
                    }
                });
        session.start();
        session.awaitCompletion();
        assertEquals(3, layers.size());
        return Coach.notes(session.history().epochs(), List.of(), null, layers);
    }

    @Test
    void aReluLayerKilledByItsBiasGetsTheDeadReluNote() throws InterruptedException {
        Network network = mlp();
        Map<String, INDArray> weights = network.weights();
        String hidden = network.layerNames().get(1);
        weights.put(hidden + "/bias", Nd4j.valueArrayOf(32, -100f));
        network.setWeights(weights);
        List<CoachNote> notes = coachAfterTraining(network);
        CoachNote dead = notes.stream().filter(n -> n.pattern() == CoachNote.Pattern.DEAD_RELU).findFirst()
                .orElseThrow(() -> new AssertionError("no dead ReLU note in " + notes));
        assertTrue(dead.message().startsWith("100% of " + hidden + "'s 32 units never fired in epoch 3"),
                dead.message());
        assertEquals(CoachNote.Setting.LEARNING_RATE, dead.setting());
    }

    @Test
    void aHealthyRunGetsNoLayerNote() throws InterruptedException {
        List<CoachNote> notes = coachAfterTraining(mlp());
        assertTrue(notes.stream().noneMatch(n -> n.pattern() == CoachNote.Pattern.DEAD_RELU
                || n.pattern() == CoachNote.Pattern.VANISHING_GRADIENTS
                || n.pattern() == CoachNote.Pattern.EXPLODING_GRADIENTS), notes.toString());
    }

    @Test
    void aFirstLayerGradientAThousandTimesSmallerThanTheLastIsVanishing() {
        EpochLayerStatistics epoch = epoch(2, layer("dense_1", 1e-7), layer("dense_2", 1e-3), layer("dense_3", 1e-2));
        CoachNote note = LayerCoach.vanishing(epoch).orElseThrow();
        assertEquals(CoachNote.Pattern.VANISHING_GRADIENTS, note.pattern());
        assertEquals(CoachNote.Setting.INITIALIZER, note.setting());
        assertTrue(LayerCoach.vanishing(epoch(2, layer("dense_1", 1e-4), layer("dense_2", 1e-2))).isEmpty());
    }

    @Test
    void aGradientGrowingAHundredfoldBetweenEpochsIsExploding() {
        EpochLayerStatistics before = epoch(1, layer("dense_1", 1e-3), layer("dense_2", 1e-3));
        EpochLayerStatistics after = epoch(2, layer("dense_1", 0.5), layer("dense_2", 2e-3));
        CoachNote note = LayerCoach.exploding(List.of(before, after)).orElseThrow();
        assertTrue(note.message().contains("dense_1 grew 500 times from epoch 1 to epoch 2"), note.message());
        assertTrue(LayerCoach.exploding(List.of(before, epoch(2, layer("dense_1", 5e-2), layer("dense_2", 1e-3))))
                .isEmpty(), "50 times is not exploding");
    }

    @Test
    void halfTheUnitsDeadIsNotAMajority() {
        LayerStatistics half = new LayerStatistics("dense_1", List.of(), 10, 0.5);
        assertTrue(LayerCoach.deadRelu(epoch(1, half)).isEmpty());
        LayerStatistics most = new LayerStatistics("dense_1", List.of(), 50, 0.72);
        assertTrue(LayerCoach.deadRelu(epoch(3, most)).orElseThrow().message()
                .startsWith("72% of dense_1's 50 units never fired in epoch 3"));
    }

    private static EpochLayerStatistics epoch(int number, LayerStatistics... layers) {
        return new EpochLayerStatistics(number, List.of(layers), 256, 16);
    }

    private static LayerStatistics layer(String name, double meanAbsGradient) {
        ParameterStatistics kernel = new ParameterStatistics(name, "kernel", 4, -1, 1, 0, 0.5,
                new Histogram(-1, 1, new int[] {2, 2}), meanAbsGradient, 2 * meanAbsGradient);
        return new LayerStatistics(name, List.of(kernel), 0, Double.NaN);
    }
}
