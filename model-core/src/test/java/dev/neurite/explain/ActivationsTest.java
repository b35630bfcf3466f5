package dev.neurite.explain;

import dev.neurite.engine.InputStandardization;
import dev.neurite.engine.Network;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Activations come from the engine's forward pass and equal a layer-by-layer pass written out here by hand. */
class ActivationsTest {

    /** Hand-set weights: filter 0 finds a vertical bar, filter 1 a horizontal one. */
    private static Network handSetCnn() {
        Network network = TinyNetworks.smallCnn(DataType.FLOAT);
        Map<String, INDArray> weights = network.weights();
        float[] kernel = new float[3 * 3 * 2]; // [kh, kw, in=1, filters=2]
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                kernel[(r * 3 + c) * 2] = c == 1 ? 1f : -0.5f;
                kernel[(r * 3 + c) * 2 + 1] = r == 1 ? 1f : -0.5f;
            }
        }
        weights.get("conv/kernel").assign(org.nd4j.linalg.factory.Nd4j.createFromArray(kernel).reshape(3, 3, 1, 2));
        weights.get("conv/bias").assign(org.nd4j.linalg.factory.Nd4j.createFromArray(0.1f, -0.2f));
        float[] dense = new float[8 * 3];
        for (int i = 0; i < dense.length; i++) {
            dense[i] = (i % 5 - 2) * 0.3f;
        }
        weights.get("out/kernel").assign(org.nd4j.linalg.factory.Nd4j.createFromArray(dense).reshape(8, 3));
        weights.get("out/bias").assign(org.nd4j.linalg.factory.Nd4j.createFromArray(0f, 0.5f, -0.5f));
        network.setWeights(weights);
        return network;
    }

    @Test
    void everyLayerEqualsAnIndependentLayerByLayerForwardPass() {
        Network network = handSetCnn();
        Map<String, INDArray> w = network.weights();
        float[] kernel = w.get("conv/kernel").reshape(18).toFloatVector();
        float[] bias = w.get("conv/bias").toFloatVector();
        float[] dense = w.get("out/kernel").reshape(24).toFloatVector();
        float[] denseBias = w.get("out/bias").toFloatVector();
        float[] x = TinyNetworks.pixels(36, 7);

        // conv 3x3 valid, relu: [4][4][2]
        float[] conv = new float[4 * 4 * 2];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int f = 0; f < 2; f++) {
                    float sum = bias[f];
                    for (int r = 0; r < 3; r++) {
                        for (int c = 0; c < 3; c++) {
                            sum += x[(i + r) * 6 + j + c] * kernel[(r * 3 + c) * 2 + f];
                        }
                    }
                    conv[(i * 4 + j) * 2 + f] = Math.max(0, sum);
                }
            }
        }
        // max pooling 2x2: [2][2][2]
        float[] pool = new float[8];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int f = 0; f < 2; f++) {
                    float m = Float.NEGATIVE_INFINITY;
                    for (int r = 0; r < 2; r++) {
                        for (int c = 0; c < 2; c++) {
                            m = Math.max(m, conv[((2 * i + r) * 4 + 2 * j + c) * 2 + f]);
                        }
                    }
                    pool[(i * 2 + j) * 2 + f] = m;
                }
            }
        }
        // dense 3 + softmax
        double[] logits = new double[3];
        double total = 0;
        for (int k = 0; k < 3; k++) {
            logits[k] = denseBias[k];
            for (int i = 0; i < 8; i++) {
                logits[k] += pool[i] * dense[i * 3 + k];
            }
            logits[k] = Math.exp(logits[k]);
            total += logits[k];
        }
        float[] softmax = new float[3];
        for (int k = 0; k < 3; k++) {
            softmax[k] = (float) (logits[k] / total);
        }

        Activations activations = Activations.of(network, x);
        assertEquals(List.of("input", "conv", "pool", "flat", "out"),
                activations.layers().stream().map(LayerActivation::name).toList());
        assertEquals(List.of("InputLayer", "Conv2D", "MaxPooling2D", "Flatten", "Dense"),
                activations.layers().stream().map(LayerActivation::type).toList());
        assertArrayEquals(x, activations.layer("input").orElseThrow().values(), 0f);
        LayerActivation convLayer = activations.layer("conv").orElseThrow();
        assertEquals(TensorShape.of(4, 4, 2), convLayer.shape());
        assertArrayEquals(conv, convLayer.values(), 1e-5f);
        assertEquals(TensorShape.of(2, 2, 2), activations.layer("pool").orElseThrow().shape());
        assertArrayEquals(pool, activations.layer("pool").orElseThrow().values(), 1e-5f);
        assertArrayEquals(pool, activations.layer("flat").orElseThrow().values(), 1e-5f);
        assertArrayEquals(softmax, activations.output(), 1e-5f);
        assertTrue(conv[0] != 0 || conv[1] != 0 || conv[2] != 0, "the hand-set weights make something fire");
    }

    @Test
    void theOutputLayerIsWhatPredictReturns() {
        Network network = handSetCnn();
        float[] x = TinyNetworks.pixels(36, 11);
        float[] predicted = network.predict(Samples.batch(network, x, 1)).reshape(3).toFloatVector();
        Activations activations = Activations.of(network, x);
        assertArrayEquals(predicted, activations.output(), 0f);
        assertEquals(Samples.argMax(predicted), activations.predictedClass());
    }

    @Test
    void aStandardizingNetworkShowsTheStandardizedInputToItsFirstLayer() {
        Network network = handSetCnn();
        network.setInputStandardization(new InputStandardization(0.25, 0.5));
        float[] x = TinyNetworks.pixels(36, 3);
        float[] standardized = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            standardized[i] = (x[i] - 0.25f) / 0.5f;
        }
        assertArrayEquals(standardized, Activations.of(network, x).layer("input").orElseThrow().values(), 1e-6f);
    }

    @Test
    void featureMapsAndChannelMeansReadChannelsLast() {
        LayerActivation layer = new LayerActivation("c", "Conv2D", TensorShape.of(1, 2, 2),
                new float[] {1, 10, 3, 20});
        assertArrayEquals(new float[] {1, 3}, layer.featureMap(0));
        assertArrayEquals(new float[] {10, 20}, layer.featureMap(1));
        assertArrayEquals(new float[] {2, 15}, layer.channelMeans());
        ActivationStatistics stats = new LayerActivation("d", "Dense", TensorShape.of(4), new float[] {0, 2, 0, -2})
                .statistics();
        assertEquals(new ActivationStatistics(-2, 2, 0, 0.5), stats);
    }
}
