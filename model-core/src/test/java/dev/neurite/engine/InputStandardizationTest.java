package dev.neurite.engine;

import dev.neurite.NeuriteException;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputStandardizationTest {

    private static final InputStandardization STATISTICS = new InputStandardization(0.2, 0.4);
    private static final INDArray PIXELS = Nd4j.createFromArray(new float[][] {{0f, 0.5f, 1f}, {0.2f, 0.9f, 0.1f}});

    private static Network network() {
        return new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(3)),
                new Dense(2, ActivationFunction.SOFTMAX)), CompileSettings.defaults(), 3);
    }

    private static float[] outputs(Network network, INDArray x) {
        INDArray out = network.predict(x);
        return out.reshape(out.length()).toFloatVector();
    }

    @Test
    void aStandardizingNetworkSeesWhatAPlainOneSeesOfStandardizedPixels() {
        Network plain = network();
        Network standardizing = network();
        standardizing.setInputStandardization(STATISTICS);
        INDArray standardized = PIXELS.sub(0.2).div(0.4);
        assertArrayEquals(outputs(plain, standardized), outputs(standardizing, PIXELS), 1e-6f);
        assertFalse(java.util.Arrays.equals(outputs(plain, PIXELS), outputs(standardizing, PIXELS)));
        assertEquals(0.5f, PIXELS.getFloat(0, 1), "the caller's array is left unchanged");
    }

    @Test
    void theStatisticsTravelWithTheWeightsUnderTheInputLayersName() {
        Network trained = network();
        trained.setInputStandardization(STATISTICS);
        Map<String, INDArray> weights = trained.weights();
        assertEquals(0.2f, weights.get("input_1/mean").getFloat(0));
        assertEquals(0.4f, weights.get("input_1/std").getFloat(0));

        Network loaded = network();
        loaded.setWeights(weights);
        assertEquals(STATISTICS, loaded.inputStandardization());
        assertArrayEquals(outputs(trained, PIXELS), outputs(loaded, PIXELS), 1e-6f);

        weights.remove("input_1/mean");
        weights.remove("input_1/std");
        loaded.setWeights(weights);
        assertNull(loaded.inputStandardization(), "weights without statistics: inputs go in as given");
    }

    @Test
    void halfTheStatisticsIsRefused() {
        Map<String, INDArray> weights = network().weights();
        weights.put("input_1/mean", Nd4j.scalar(0.1f));
        Network network = network();
        NeuriteException problem = assertThrows(NeuriteException.class, () -> network.setWeights(weights));
        assertTrue(problem.getMessage().contains("'mean' and 'std'"), problem.getMessage());
    }

    @Test
    void aZeroDeviationIsRefusedWithAdvice() {
        NeuriteException problem = assertThrows(NeuriteException.class, () -> new InputStandardization(0.5, 0));
        assertTrue(problem.getMessage().contains("choose the pixel scaling 'rescale'"), problem.getMessage());
    }
}
