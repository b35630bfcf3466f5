package dev.neurite.engine;

import dev.neurite.graph.LayerNode;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Add;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Regularizer;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compiled network as a whole: a branching graph with every kind of layer must learn, i.e. one SGD step with a
 * tiny learning rate lowers the loss by about lr * |gradient|^2 (first-order check of backward + wiring).
 */
class NetworkGradientTest {

    private static ModelGraph branchingGraph() {
        Conv2D conv = new Conv2D(3, Dims2D.square(3), ActivationFunction.TANH).withPadding(Padding.SAME);
        return ModelGraph.of(List.of(
                new LayerNode("input", new InputLayer(TensorShape.of(6, 6, 2)), List.of()),
                new LayerNode("rescale", new Rescaling(2, -1), List.of("input")),
                new LayerNode("norm", new Normalization(-1, List.of(0.1), List.of(2.0)), List.of("rescale")),
                new LayerNode("pad", ZeroPadding2D.symmetric(1), List.of("norm")),
                new LayerNode("conv_a", new Conv2D(3, Dims2D.square(3), ActivationFunction.RELU), List.of("pad")),
                new LayerNode("conv_b", conv, List.of("norm")),
                new LayerNode("add", new Add(), List.of("conv_a", "conv_b")),
                new LayerNode("bn", new BatchNormalization(), List.of("add")),
                new LayerNode("max", MaxPooling2D.of(Dims2D.square(2)), List.of("bn")),
                new LayerNode("avg", new AveragePooling2D(Dims2D.square(2), Dims2D.square(2), Padding.VALID),
                        List.of("bn")),
                new LayerNode("concat", new Concatenate(), List.of("max", "avg")),
                new LayerNode("gap", new GlobalAveragePooling2D(false), List.of("concat")),
                new LayerNode("flat", new Flatten(), List.of("max")),
                new LayerNode("dense_a", new Dense(4, ActivationFunction.SELU)
                        .withKernelRegularizer(Regularizer.l2(0.01)), List.of("flat")),
                new LayerNode("join", new Concatenate(), List.of("gap", "dense_a")),
                new LayerNode("out", new Dense(3, ActivationFunction.SOFTMAX), List.of("join"))));
    }

    @Test
    void graphWithEveryLayerKindCompilesAndItsGradientDescends() {
        ModelGraph graph = branchingGraph();
        assertTrue(!graph.analyze().hasErrors(), graph.analyze().diagnostics().toString());
        Network network = new CpuEngine(DataType.DOUBLE).compile(graph,
                new CompileSettings(new Optimizer.Sgd(1e-3, 0, false), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        java.util.List.of("accuracy")), 3);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 4, 6, 6, 2);
        int[] labels = {0, 1, 2, 1};
        Map<String, INDArray> before = network.weights();
        double lossBefore = network.train(x, labels).loss();
        double squaredNorm = 0;
        for (Parameter p : network.parameters()) {
            if (p.trainable()) {
                double n = p.gradient().norm2Number().doubleValue();
                squaredNorm += n * n;
            }
        }
        network.setWeights(before);
        // the same batch again (batch statistics, no dropout) with the updated weights
        double lossAfterStep;
        Network again = new CpuEngine(DataType.DOUBLE).compile(graph,
                new CompileSettings(new Optimizer.Sgd(1e-3, 0, false), Loss.SPARSE_CATEGORICAL_CROSSENTROPY,
                        java.util.List.of("accuracy")), 3);
        again.train(x, labels);
        lossAfterStep = again.train(x, labels).loss();
        double expectedDrop = 1e-3 * squaredNorm;
        assertEquals(expectedDrop, lossBefore - lossAfterStep, expectedDrop * 0.05);
    }
}
