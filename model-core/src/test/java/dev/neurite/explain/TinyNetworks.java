package dev.neurite.explain;

import dev.neurite.engine.CpuEngine;
import dev.neurite.engine.Network;
import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Padding;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Small networks with known weights for the explanation tests. */
final class TinyNetworks {

    private TinyNetworks() {
    }

    /** A chain of named layers, compiled by a CPU engine of {@code type}. */
    static Network chain(DataType type, Object... namesAndLayers) {
        List<LayerNode> nodes = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < namesAndLayers.length; i += 2) {
            String name = (String) namesAndLayers[i];
            nodes.add(new LayerNode(name, (LayerConfig) namesAndLayers[i + 1],
                    previous == null ? List.of() : List.of(previous)));
            previous = name;
        }
        return new CpuEngine(type).compile(ModelGraph.of(nodes), CompileSettings.defaults(), 1);
    }

    /** input (6,6,1) -> conv 2 filters 3x3 valid relu (4,4,2) -> maxpool 2 (2,2,2) -> flatten (8) -> dense 3. */
    static Network smallCnn(DataType type) {
        return chain(type, "input", new InputLayer(TensorShape.of(6, 6, 1)),
                "conv", new Conv2D(2, Dims2D.square(3), ActivationFunction.RELU),
                "pool", MaxPooling2D.of(Dims2D.square(2)),
                "flat", new Flatten(),
                "out", new Dense(3, ActivationFunction.SOFTMAX));
    }

    /** input (4,4,1) -> conv 2 filters 3x3 same tanh -> flatten (32) -> dense 3 softmax: smooth everywhere. */
    static Network smoothCnn(DataType type) {
        return chain(type, "input", new InputLayer(TensorShape.of(4, 4, 1)),
                "conv", new Conv2D(2, Dims2D.square(3), ActivationFunction.TANH).withPadding(Padding.SAME),
                "flat", new Flatten(),
                "out", new Dense(3, ActivationFunction.SOFTMAX));
    }

    /** input (16) -> dense 5 tanh -> dense 3 softmax: an MLP on a 4x4 image. */
    static Network smoothMlp(DataType type) {
        return chain(type, "input", new InputLayer(TensorShape.of(16)),
                "hidden", new Dense(5, ActivationFunction.TANH),
                "out", new Dense(3, ActivationFunction.SOFTMAX));
    }

    /** Sets every weight of {@code network} to values drawn from {@code seed} in [-1, 1] and returns them. */
    static Map<String, INDArray> setRandomWeights(Network network, long seed) {
        Map<String, INDArray> weights = network.weights();
        SplittableRandom random = new SplittableRandom(seed);
        for (Map.Entry<String, INDArray> entry : weights.entrySet()) {
            if (entry.getKey().startsWith(network.inputName() + "/")) {
                continue; // the input standardization's statistics
            }
            INDArray w = entry.getValue();
            double[] values = new double[(int) w.length()];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextDouble(-1, 1);
            }
            entry.setValue(Nd4j.createFromArray(values).castTo(w.dataType()).reshape(w.shape()));
        }
        network.setWeights(weights);
        return network.weights();
    }

    /** {@code n} values in [0, 1] from {@code seed}. */
    static float[] pixels(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextDouble();
        }
        return values;
    }
}
