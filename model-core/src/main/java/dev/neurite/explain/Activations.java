package dev.neurite.explain;

import dev.neurite.engine.Network;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.TensorShape;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every layer's output for one input, in graph order, taken from the engine's own forward pass
 * ({@link Network#layerOutputs}), so they are exactly what prediction computes. Immutable.
 *
 * @param layers every layer's output; the first is the input layer (the input as the first layer receives it), the
 *               last is the output layer (class probabilities for a classifier)
 */
public record Activations(List<LayerActivation> layers) {

    public Activations {
        layers = List.copyOf(layers);
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("A network has at least one layer");
        }
    }

    /**
     * Runs {@code network} on one sample. Runs on the calling thread (the network locks itself; a few milliseconds
     * for the templates).
     *
     * @param input {@code network.inputShape().size()} values, pixels in [0, 1] as prediction takes them
     */
    public static Activations of(Network network, float[] input) {
        INDArray x = Samples.batch(network, input, 1);
        Map<String, INDArray> outputs = network.layerOutputs(x);
        List<LayerConfig> configs = network.layers();
        List<LayerActivation> layers = new ArrayList<>();
        int node = 0;
        for (Map.Entry<String, INDArray> entry : outputs.entrySet()) {
            INDArray value = entry.getValue();
            int[] dims = Arrays.stream(value.shape()).skip(1).mapToInt(d -> (int) d).toArray();
            layers.add(new LayerActivation(entry.getKey(), configs.get(node).type().kerasClassName(),
                    TensorShape.of(dims), value.reshape(value.length()).toFloatVector()));
            node++;
        }
        return new Activations(layers);
    }

    /** The output layer's values (class probabilities for a softmax classifier). */
    public float[] output() {
        return layers.get(layers.size() - 1).values();
    }

    /** The class with the highest output. */
    public int predictedClass() {
        return Samples.argMax(output());
    }

    /** The layer called {@code name}, if there is one. */
    public Optional<LayerActivation> layer(String name) {
        return layers.stream().filter(layer -> layer.name().equals(name)).findFirst();
    }
}
