package dev.neurite.train.layerstats;

import dev.neurite.engine.Network;
import dev.neurite.engine.Parameter;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.LayerConfig;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers {@link EpochLayerStatistics} while a network trains, cheaply:
 * <ul>
 *   <li>gradient magnitudes: after {@link #GRADIENT_SAMPLES} evenly spaced batches of each epoch (the last one
 *       included; every batch when the epoch has fewer), two reductions per trainable tensor ({@code mean |g|} and
 *       {@code max |g|}); the epoch's value is the mean of the sampled means and the largest sampled maximum;</li>
 *   <li>weights: once, at the end of the epoch, one copy to the host and two passes per tensor (moments, then the
 *       {@link Histogram#BINS}-bin histogram);</li>
 *   <li>never-fired ReLU units: once, at the end of the epoch, one inference forward pass over a fixed probe batch
 *       (the caller's, e.g. the first {@link #PROBE_SAMPLES} training samples).</li>
 * </ul>
 *
 * <p>Threads: not thread-safe; every method runs on the thread that trains the network, between batches.
 */
public final class LayerStatisticsRecorder {

    /** The most training samples of the probe batch for never-fired units. */
    public static final int PROBE_SAMPLES = 256;
    /** The most batches per epoch whose gradients are read. */
    public static final int GRADIENT_SAMPLES = 16;

    private final Network network;
    private final List<Parameter> trainable;
    private final double[] meanAbsSum;
    private final double[] maxAbs;
    private int batches;
    private int sampled;

    /** @param network the network being trained; its trainable tensors are watched */
    public LayerStatisticsRecorder(Network network) {
        this.network = network;
        this.trainable = network.parameters().stream().filter(Parameter::trainable).toList();
        this.meanAbsSum = new double[trainable.size()];
        this.maxAbs = new double[trainable.size()];
    }

    /** An epoch of {@code batchesPerEpoch} batches starts: the gradient sums start again. */
    public void epochStarted(int batchesPerEpoch) {
        this.batches = batchesPerEpoch;
        this.sampled = 0;
        Arrays.fill(meanAbsSum, 0);
        Arrays.fill(maxAbs, 0);
    }

    /**
     * After the training step of batch {@code batch} (0-based): reads the gradients when this batch is sampled.
     * The network's gradient buffers hold that batch's gradients until the next step.
     */
    public void batchEnded(int batch) {
        if (!isSampled(batch, batches)) {
            return;
        }
        for (int i = 0; i < trainable.size(); i++) {
            INDArray gradient = trainable.get(i).gradient();
            meanAbsSum[i] += gradient.ameanNumber().doubleValue();
            maxAbs[i] = Math.max(maxAbs[i], gradient.amaxNumber().doubleValue());
        }
        sampled++;
    }

    /**
     * Whether batch {@code batch} (0-based) of an epoch of {@code batches} has its gradients read: the last batch and
     * every {@code ceil(batches / GRADIENT_SAMPLES)}-th one counted back from it.
     */
    static boolean isSampled(int batch, int batches) {
        int stride = Math.max(1, (batches + GRADIENT_SAMPLES - 1) / GRADIENT_SAMPLES);
        return (batches - 1 - batch) % stride == 0;
    }

    /**
     * The statistics of the epoch that just ended.
     *
     * @param epoch 1-based epoch number
     * @param probe {@code [n, ...inputShape]} training inputs on which ReLU units are checked; the same every epoch
     */
    public EpochLayerStatistics epochEnded(int epoch, INDArray probe) {
        Map<String, List<ParameterStatistics>> byLayer = new HashMap<>();
        for (int i = 0; i < trainable.size(); i++) {
            Parameter p = trainable.get(i);
            double meanAbs = sampled == 0 ? Double.NaN : meanAbsSum[i] / sampled;
            double max = sampled == 0 ? Double.NaN : maxAbs[i];
            byLayer.computeIfAbsent(p.layer(), k -> new ArrayList<>()).add(weights(p, meanAbs, max));
        }
        Map<String, double[]> relu = neverFired(probe);
        List<LayerStatistics> layers = new ArrayList<>();
        for (String name : network.layerNames()) {
            List<ParameterStatistics> parameters = byLayer.getOrDefault(name, List.of());
            double[] dead = relu.get(name);
            if (parameters.isEmpty() && dead == null) {
                continue;
            }
            layers.add(new LayerStatistics(name, parameters, dead == null ? 0 : (int) dead[0],
                    dead == null ? Double.NaN : dead[1]));
        }
        return new EpochLayerStatistics(epoch, layers, (int) probe.size(0), sampled);
    }

    /** Moments and histogram of one tensor's weights, in two passes over a host copy. */
    static ParameterStatistics weights(Parameter p, double meanAbsGradient, double maxAbsGradient) {
        float[] values = p.value().reshape(p.value().length()).toFloatVector();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (float v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new ParameterStatistics(p.layer(), p.name(), values.length, min, max, mean,
                Math.sqrt(squares / values.length), Histogram.of(values, min, max, Histogram.BINS),
                meanAbsGradient, maxAbsGradient);
    }

    /** Per ReLU layer: {units, fraction of units never above 0 on the probe}. */
    private Map<String, double[]> neverFired(INDArray probe) {
        Map<String, LayerConfig> reluLayers = new LinkedHashMap<>();
        List<LayerConfig> configs = network.layers();
        for (int i = 0; i < configs.size(); i++) {
            if (isRelu(configs.get(i))) {
                reluLayers.put(network.layerNames().get(i), configs.get(i));
            }
        }
        Map<String, double[]> result = new HashMap<>();
        if (reluLayers.isEmpty() || probe.size(0) == 0) {
            return result;
        }
        network.visitLayerOutputs(probe, (name, output) -> {
            if (reluLayers.containsKey(name)) {
                result.put(name, neverFiredFraction(output));
            }
        });
        return result;
    }

    /**
     * {units, fraction}: the units are the last axis of {@code output}; a unit never fired when every value it has,
     * over samples and positions, is {@code <= 0}.
     */
    static double[] neverFiredFraction(INDArray output) {
        long units = output.size(output.rank() - 1);
        INDArray highest = output.reshape(output.length() / units, units).max(0);
        float[] values = highest.toFloatVector();
        int dead = 0;
        for (float v : values) {
            if (!(v > 0)) {
                dead++;
            }
        }
        return new double[]{units, (double) dead / units};
    }

    /** Whether a layer's output is a ReLU's: Dense or Conv2D with activation relu, or an Activation relu layer. */
    public static boolean isRelu(LayerConfig layer) {
        if (layer instanceof Dense dense) {
            return dense.activation() == ActivationFunction.RELU;
        }
        if (layer instanceof Conv2D conv) {
            return conv.activation() == ActivationFunction.RELU;
        }
        return layer instanceof Activation activation && activation.activation() == ActivationFunction.RELU;
    }
}
