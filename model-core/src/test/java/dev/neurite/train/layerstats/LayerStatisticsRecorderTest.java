package dev.neurite.train.layerstats;

import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.engine.Parameter;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerStatisticsRecorderTest {

    /** 3 inputs -> Dense(2, relu) -> Dense(2, softmax). */
    private static Network mlp() {
        return new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(3)),
                new Dense(2, ActivationFunction.RELU), new Dense(2, ActivationFunction.SOFTMAX)),
                CompileSettings.defaults(), 11);
    }

    private static final float[] KERNEL = {0.5f, -1.0f, 0.25f, 2.0f, -0.75f, 0.0f};
    private static final INDArray PROBE = Nd4j.createFromArray(new float[][] {
        {1f, 0f, 0.5f}, {0f, 1f, 0.2f}, {0.3f, 0.3f, 0.3f}, {0.9f, 0.1f, 0f}});

    private static Network handSet(float firstBias, float secondBias) {
        Network network = mlp();
        Map<String, INDArray> weights = network.weights();
        String first = network.layerNames().get(1);
        weights.put(first + "/kernel", Nd4j.createFromArray(KERNEL).reshape(3, 2));
        weights.put(first + "/bias", Nd4j.createFromArray(firstBias, secondBias));
        network.setWeights(weights);
        return network;
    }

    @Test
    void weightStatisticsEqualThoseComputedDirectly() {
        Network network = handSet(0.1f, -0.2f);
        LayerStatisticsRecorder recorder = new LayerStatisticsRecorder(network);
        recorder.epochStarted(1);
        EpochLayerStatistics stats = recorder.epochEnded(1, PROBE);
        String first = network.layerNames().get(1);
        ParameterStatistics kernel = stats.layer(first).orElseThrow().main().orElseThrow();

        double mean = 0;
        for (float v : KERNEL) {
            mean += v;
        }
        mean /= KERNEL.length;
        double variance = 0;
        for (float v : KERNEL) {
            variance += (v - mean) * (v - mean);
        }
        assertEquals("kernel", kernel.name());
        assertEquals(6, kernel.count());
        assertEquals(-1.0, kernel.min(), 1e-7);
        assertEquals(2.0, kernel.max(), 1e-7);
        assertEquals(mean, kernel.mean(), 1e-7);
        assertEquals(Math.sqrt(variance / KERNEL.length), kernel.std(), 1e-7);
        int[] expected = new int[Histogram.BINS];
        for (float v : KERNEL) {
            expected[Math.min(Histogram.BINS - 1, (int) ((v + 1.0) / (3.0 / Histogram.BINS)))]++;
        }
        assertArrayEquals(expected, kernel.histogram().counts());
        assertEquals(1, kernel.histogram().count(0), "the minimum is in the first bin");
        assertEquals(1, kernel.histogram().count(Histogram.BINS - 1), "the maximum is in the last bin");
        assertEquals(0, stats.gradientBatches());
        assertTrue(Double.isNaN(kernel.meanAbsGradient()), "no batch sampled: no gradient");
    }

    @Test
    void aConstantTensorHasNoSpreadAndOneFullBin() {
        Network network = handSet(0.25f, 0.25f);
        LayerStatisticsRecorder recorder = new LayerStatisticsRecorder(network);
        recorder.epochStarted(1);
        ParameterStatistics bias = recorder.epochEnded(1, PROBE).parameter(network.layerNames().get(1) + "/bias");
        assertEquals(0.25, bias.min());
        assertEquals(0.25, bias.max());
        assertEquals(0.0, bias.std());
        assertEquals(2, bias.histogram().count(0));
        assertEquals(2, bias.histogram().peak());
    }

    @Test
    void gradientMagnitudesAverageTheSampledBatches() {
        Network network = handSet(0.1f, 0.2f);
        LayerStatisticsRecorder recorder = new LayerStatisticsRecorder(network);
        recorder.epochStarted(2);
        double[] meanAbs = new double[2];
        double maxAbs = 0;
        Parameter kernel = network.parameters().get(0);
        for (int b = 0; b < 2; b++) {
            network.train(PROBE, new int[] {0, 1, 1, b});
            float[] g = kernel.gradient().reshape(6).toFloatVector();
            for (float v : g) {
                meanAbs[b] += Math.abs(v) / g.length;
                maxAbs = Math.max(maxAbs, Math.abs(v));
            }
            recorder.batchEnded(b);
        }
        ParameterStatistics stats = recorder.epochEnded(1, PROBE).parameter(kernel.key());
        assertEquals((meanAbs[0] + meanAbs[1]) / 2, stats.meanAbsGradient(), 1e-6);
        assertEquals(maxAbs, stats.maxAbsGradient(), 1e-6);
        assertTrue(stats.meanAbsGradient() > 0);
    }

    @Test
    void aReluLayerWithALargeNegativeBiasNeverFires() {
        Network network = handSet(-100f, -100f);
        LayerStatistics first = stats(network).layer(network.layerNames().get(1)).orElseThrow();
        assertTrue(first.isRelu());
        assertEquals(2, first.reluUnits());
        assertEquals(1.0, first.neverFiredFraction());
    }

    @Test
    void aHealthyReluLayerHasUnitsThatFire() {
        Network network = handSet(-100f, 0.5f);
        LayerStatistics first = stats(network).layer(network.layerNames().get(1)).orElseThrow();
        assertEquals(0.5, first.neverFiredFraction(), "one of two units is dead");
        Network healthy = handSet(0.1f, 0.5f);
        assertEquals(0.0, stats(healthy).layer(healthy.layerNames().get(1)).orElseThrow().neverFiredFraction());
    }

    @Test
    void softmaxLayersHaveNoNeverFiredFraction() {
        Network network = handSet(0f, 0f);
        LayerStatistics last = stats(network).layer(network.layerNames().get(2)).orElseThrow();
        assertTrue(!last.isRelu() && Double.isNaN(last.neverFiredFraction()));
    }

    @Test
    void convolutionUnitsAreChannelsThatFireAnywhere() {
        Network network = new CpuEngine().compile(ModelGraph.sequential(new InputLayer(TensorShape.of(4, 4, 1)),
                new Conv2D(3, Dims2D.square(3), ActivationFunction.RELU), new Flatten(),
                new Dense(2, ActivationFunction.SOFTMAX)), CompileSettings.defaults(), 5);
        String conv = network.layerNames().get(1);
        Map<String, INDArray> weights = network.weights();
        weights.put(conv + "/bias", Nd4j.createFromArray(-100f, 0f, -100f));
        weights.put(conv + "/kernel", Nd4j.ones(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3, 3, 1, 3));
        network.setWeights(weights);
        INDArray images = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 2, 4, 4, 1);
        images.putScalar(new int[] {1, 0, 0, 0}, 1f);
        LayerStatisticsRecorder recorder = new LayerStatisticsRecorder(network);
        recorder.epochStarted(1);
        LayerStatistics stats = recorder.epochEnded(1, images).layer(conv).orElseThrow();
        assertEquals(3, stats.reluUnits());
        assertEquals(2.0 / 3, stats.neverFiredFraction(), 1e-9, "one pixel in one sample makes channel 1 fire");
    }

    @Test
    void everyBatchIsSampledInShortEpochsAndTheLastAlways() {
        for (int b = 0; b < 10; b++) {
            assertTrue(LayerStatisticsRecorder.isSampled(b, 10));
        }
        int sampled = 0;
        for (int b = 0; b < 1000; b++) {
            sampled += LayerStatisticsRecorder.isSampled(b, 1000) ? 1 : 0;
        }
        assertTrue(LayerStatisticsRecorder.isSampled(999, 1000));
        assertTrue(sampled <= LayerStatisticsRecorder.GRADIENT_SAMPLES, "sampled " + sampled);
    }

    private static EpochLayerStatistics stats(Network network) {
        LayerStatisticsRecorder recorder = new LayerStatisticsRecorder(network);
        recorder.epochStarted(1);
        return recorder.epochEnded(1, PROBE);
    }
}
