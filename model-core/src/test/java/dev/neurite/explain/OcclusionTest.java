package dev.neurite.explain;

import dev.neurite.engine.Network;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcclusionTest {

    @Test
    void occludingAnAllZeroImageWithZerosChangesNothing() {
        Network network = TinyNetworks.smallCnn(DataType.FLOAT);
        TinyNetworks.setRandomWeights(network, 3);
        Occlusion occlusion = Occlusion.of(network, new float[36], 1, 3, 1, Occlusion.ZERO);
        assertArrayEquals(new float[36], occlusion.drop(), 0f);
        assertEquals(0f, occlusion.largestChange());
    }

    @Test
    void hidingTheInkTheClassDependsOnDropsItsProbabilityThereOnly() {
        // An MLP on a 6x6 image whose class 0 grows with the ink of pixel (1, 1) only.
        Network network = TinyNetworks.chain(DataType.FLOAT, "input",
                new dev.neurite.layers.InputLayer(dev.neurite.layers.TensorShape.of(6, 6, 1)),
                "flat", new dev.neurite.layers.Flatten(),
                "out", new dev.neurite.layers.Dense(2, dev.neurite.layers.ActivationFunction.SOFTMAX));
        Map<String, INDArray> weights = network.weights();
        INDArray kernel = Nd4j.zeros(DataType.FLOAT, 36, 2);
        kernel.putScalar(1 * 6 + 1, 0, 5.0);
        weights.put("out/kernel", kernel);
        weights.put("out/bias", Nd4j.zeros(DataType.FLOAT, 2));
        network.setWeights(weights);
        float[] image = new float[36];
        image[1 * 6 + 1] = 1f;
        image[5 * 6 + 5] = 1f;

        Occlusion occlusion = Occlusion.of(network, image, 0, 2, 2, Occlusion.ZERO);
        float[] drop = occlusion.drop();
        assertTrue(drop[1 * 6 + 1] > 0.4f, "covering (1,1) drops p(0) from ~0.99 to 0.5: " + drop[7]);
        assertEquals(0f, drop[5 * 6 + 5], 1e-6f, "the other ink does not matter to class 0");
        assertEquals(0f, drop[3 * 6 + 3], 1e-6f);
        assertTrue(occlusion.baseline() > 0.99f);
    }

    @Test
    void aStoppedOcclusionGivesUpAndReturnsNothing() {
        Network network = TinyNetworks.smallCnn(DataType.FLOAT);
        assertEquals(null, Occlusion.of(network, new float[36], 0, 3, 1, Occlusion.ZERO, () -> true));
    }

    @Test
    void patchPositionsEndFlushWithTheBorder() {
        assertArrayEquals(new int[] {0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22}, Occlusion.positions(28, 6, 2));
        assertArrayEquals(new int[] {0, 3, 4}, Occlusion.positions(7, 3, 3));
        assertArrayEquals(new int[] {0}, Occlusion.positions(5, 5, 2));
    }

    @Test
    void aPatchLargerThanTheImageIsRefused() {
        Network network = TinyNetworks.smallCnn(DataType.FLOAT);
        ExplainException problem = assertThrows(ExplainException.class,
                () -> Occlusion.of(network, new float[36], 0, 7, 1, Occlusion.GREY));
        assertTrue(problem.getMessage().contains("6x6"), problem.getMessage());
    }
}
