package dev.neurite.engine;

import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Padding;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A CNN whose ReLU convolutions feed max poolings (the engine then applies ReLU after pooling in training passes)
 * trains as the same CNN with ReLU as separate Activation layers, and still shows ReLU's output for its convolutions;
 * one whose ZeroPadding2D layers add a "valid" convolution's "same" padding trains as the same CNN with "same"
 * convolutions and still shows the padded images.
 */
class ConvReluPoolTrainingTest {

    private static final int[] LABELS = {0, 1, 2, 0, 1, 2};

    @Test
    void reluConvolutionsBeforeMaxPoolingTrainAsSeparateReluLayersDo() {
        Network fused = compile(ModelGraph.sequential(new InputLayer(TensorShape.of(11, 11, 1)),
                new Conv2D(4, Dims2D.square(3), ActivationFunction.RELU), MaxPooling2D.of(Dims2D.square(2)),
                new Conv2D(6, Dims2D.square(3), ActivationFunction.RELU).withPadding(Padding.SAME),
                MaxPooling2D.of(Dims2D.square(2)), new Flatten(), new Dense(3, ActivationFunction.SOFTMAX)));
        Network separate = compile(ModelGraph.sequential(new InputLayer(TensorShape.of(11, 11, 1)),
                new Conv2D(4, Dims2D.square(3), ActivationFunction.LINEAR), new Activation(ActivationFunction.RELU),
                MaxPooling2D.of(Dims2D.square(2)),
                new Conv2D(6, Dims2D.square(3), ActivationFunction.LINEAR).withPadding(Padding.SAME),
                new Activation(ActivationFunction.RELU), MaxPooling2D.of(Dims2D.square(2)), new Flatten(),
                new Dense(3, ActivationFunction.SOFTMAX)));
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.rand(DataType.FLOAT, LABELS.length, 11, 11, 1);
        assertTrainsAs(separate, fused, x);

        INDArray firstConvolution = fused.layerOutputs(x).get(fused.layerNames().get(1));
        assertTrue(firstConvolution.minNumber().floatValue() >= 0, "the Layers view shows ReLU's output");
        assertArrayEquals(separate.predict(x).reshape(-1).toFloatVector(), fused.predict(x).reshape(-1)
                .toFloatVector(), 1e-6f);
    }

    @Test
    void zeroPaddingBeforeValidConvolutionsTrainsAsSameConvolutionsDo() {
        Network padded = compile(ModelGraph.sequential(new InputLayer(TensorShape.of(10, 10, 1)),
                ZeroPadding2D.of(1, 1), new Conv2D(4, Dims2D.square(3), ActivationFunction.RELU),
                ZeroPadding2D.of(1, 1), new Conv2D(5, Dims2D.square(3), ActivationFunction.RELU),
                MaxPooling2D.of(Dims2D.square(2)), new Flatten(), new Dense(3, ActivationFunction.SOFTMAX)));
        Network same = compile(ModelGraph.sequential(new InputLayer(TensorShape.of(10, 10, 1)),
                new Conv2D(4, Dims2D.square(3), ActivationFunction.RELU).withPadding(Padding.SAME),
                new Conv2D(5, Dims2D.square(3), ActivationFunction.RELU).withPadding(Padding.SAME),
                MaxPooling2D.of(Dims2D.square(2)), new Flatten(), new Dense(3, ActivationFunction.SOFTMAX)));
        Nd4j.getRandom().setSeed(8);
        INDArray x = Nd4j.rand(DataType.FLOAT, LABELS.length, 10, 10, 1);
        assertTrainsAs(same, padded, x);
        INDArray firstPadding = padded.layerOutputs(x).get(padded.layerNames().get(1));
        assertArrayEquals(new long[]{LABELS.length, 12, 12, 1}, firstPadding.shape(), "the Layers view pads");
    }

    /** Gives {@code reference} the weights of {@code network}, trains both 3 steps on {@code x} and compares. */
    private static void assertTrainsAs(Network reference, Network network, INDArray x) {
        reference.setWeights(network.weights());
        for (int step = 0; step < 3; step++) {
            assertEquals(reference.train(x, LABELS).loss(), network.train(x, LABELS).loss(), 1e-6, "step " + step);
        }
        Map<String, INDArray> expected = reference.weights();
        network.weights().forEach((name, value) -> assertArrayEquals(expected.get(name).reshape(-1).toFloatVector(),
                value.reshape(-1).toFloatVector(), 1e-6f, name));
    }

    private static Network compile(ModelGraph graph) {
        return new CpuEngine().compile(graph, new CompileSettings(new Optimizer.Adam(),
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of("accuracy")), 3);
    }
}
