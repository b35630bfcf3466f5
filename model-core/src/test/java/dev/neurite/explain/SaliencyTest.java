package dev.neurite.explain;

import dev.neurite.engine.InputStandardization;
import dev.neurite.engine.Network;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The saliency map is the gradient of the class's output with respect to the pixels: checked by finite differences. */
class SaliencyTest {

    private static final double EPS = 1e-4;

    /** Central differences of output[target] with respect to each input value, in double precision. */
    private static float[] finiteDifference(Network network, float[] input, int target) {
        float[] gradient = new float[input.length];
        long[] shape = Samples.batch(network, input, 1).shape();
        for (int i = 0; i < input.length; i++) {
            double[] plus = new double[input.length];
            double[] minus = new double[input.length];
            for (int k = 0; k < input.length; k++) {
                plus[k] = input[k];
                minus[k] = input[k];
            }
            plus[i] += EPS;
            minus[i] -= EPS;
            double up = output(network, plus, shape, target);
            double down = output(network, minus, shape, target);
            gradient[i] = (float) ((up - down) / (2 * EPS));
        }
        return gradient;
    }

    private static double output(Network network, double[] x, long[] shape, int target) {
        INDArray out = network.predict(Nd4j.createFromArray(x).reshape(shape));
        return out.getDouble(0, target);
    }

    private static void assertGradientMatches(Network network, int seed) {
        TinyNetworks.setRandomWeights(network, seed);
        float[] input = TinyNetworks.pixels(16, seed + 1);
        for (int target = 0; target < 3; target++) {
            Saliency saliency = Saliency.of(network, input, target);
            float[] expected = finiteDifference(network, input, target);
            float largest = 0;
            for (float v : expected) {
                largest = Math.max(largest, Math.abs(v));
            }
            assertTrue(largest > 1e-3, "the check is not vacuous");
            assertArrayEquals(expected, saliency.gradient(), largest * 1e-4f, "class " + target);
            assertEquals(1, saliency.samples());
        }
    }

    @Test
    void cnnSaliencyEqualsTheFiniteDifferenceGradient() {
        assertGradientMatches(TinyNetworks.smoothCnn(DataType.DOUBLE), 5);
    }

    @Test
    void mlpSaliencyReachesThroughTheFirstDenseLayerWhichTrainingSkips() {
        assertGradientMatches(TinyNetworks.smoothMlp(DataType.DOUBLE), 9);
    }

    @Test
    void standardizedInputsAreDifferentiatedWithRespectToThePixelsAsGiven() {
        Network network = TinyNetworks.smoothMlp(DataType.DOUBLE);
        network.setInputStandardization(new InputStandardization(0.3, 0.25));
        assertGradientMatches(network, 13);
    }

    @Test
    void smoothGradWithOneNoiselessSampleIsThePlainGradientAndNoiseChangesIt() {
        Network network = TinyNetworks.smoothCnn(DataType.DOUBLE);
        TinyNetworks.setRandomWeights(network, 2);
        float[] input = TinyNetworks.pixels(16, 4);
        assertArrayEquals(Saliency.of(network, input, 1).gradient(),
                Saliency.smoothed(network, input, 1, 1, 0, 99).gradient(), 0f);
        Saliency smooth = Saliency.smoothed(network, input, 1, 8, Saliency.DEFAULT_NOISE, 99);
        assertEquals(8, smooth.samples());
        assertArrayEquals(smooth.gradient(), Saliency.smoothed(network, input, 1, 8, Saliency.DEFAULT_NOISE, 99)
                .gradient(), 0f, "the same seed gives the same map");
        assertTrue(!java.util.Arrays.equals(smooth.gradient(), Saliency.of(network, input, 1).gradient()));
    }

    @Test
    void magnitudeIsScaledToOne() {
        Saliency saliency = new Saliency(new InputGeometry(2, 2, 1), 0, new float[] {0.5f, -2f, 0, 1f}, 1);
        assertArrayEquals(new float[] {0.25f, 1f, 0f, 0.5f}, saliency.magnitude(), 1e-7f);
    }

    @Test
    void aClassTheModelDoesNotHaveIsRefused() {
        Network network = TinyNetworks.smoothMlp(DataType.FLOAT);
        ExplainException problem = assertThrows(ExplainException.class,
                () -> Saliency.of(network, new float[16], 3));
        assertTrue(problem.getMessage().contains("3 outputs"), problem.getMessage());
    }

    @Test
    void explainingLeavesTheWeightsAlone() {
        Network network = TinyNetworks.smoothCnn(DataType.FLOAT);
        java.util.Map<String, INDArray> before = network.weights();
        Saliency.of(network, TinyNetworks.pixels(16, 1), 0);
        network.weights().forEach((key, value) -> assertEquals(before.get(key), value, key));
    }
}
