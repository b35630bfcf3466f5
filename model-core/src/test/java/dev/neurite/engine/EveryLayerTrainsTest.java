package dev.neurite.engine;

import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Activation;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.AveragePooling2D;
import dev.neurite.layers.BatchNormalization;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Dropout;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.GlobalAveragePooling2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.MaxPooling2D;
import dev.neurite.layers.Normalization;
import dev.neurite.layers.Padding;
import dev.neurite.layers.Rescaling;
import dev.neurite.layers.Reshape;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.Loss;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every single-input layer type compiled between an image input and a softmax classifier: the network's output has
 * the analysed shape, one training step gives a finite loss, and the weights in front of the layer learn through it.
 * (Dense, Add and Concatenate are covered by {@link NetworkGradientTest}; Dense on images is an analysis error.)
 */
class EveryLayerTrainsTest {

    static Stream<Arguments> layers() {
        return Stream.of(
                Arguments.of(new Activation(ActivationFunction.GELU)),
                Arguments.of(new Dropout(0.3)),
                Arguments.of(new Flatten()),
                Arguments.of(new Reshape(List.of(3, -1))),
                Arguments.of(new Rescaling(0.5, 0.1)),
                Arguments.of(new Conv2D(2, Dims2D.square(3), ActivationFunction.RELU).withPadding(Padding.SAME)),
                Arguments.of(ZeroPadding2D.of(1, 2)),
                Arguments.of(MaxPooling2D.of(Dims2D.square(2))),
                Arguments.of(new AveragePooling2D(Dims2D.square(3), Dims2D.square(2), Padding.SAME)),
                Arguments.of(new GlobalAveragePooling2D(true)),
                Arguments.of(new BatchNormalization()),
                Arguments.of(Normalization.adapted()),
                Arguments.of(new Normalization(-1, List.of(0.5), List.of(0.25))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void layerCompilesAndPassesGradientsToTheWeightsBeforeIt(LayerConfig layer) {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(6, 6, 1)),
                new Conv2D(3, Dims2D.square(1), ActivationFunction.LINEAR), layer, new Flatten(),
                new Dense(4, ActivationFunction.SOFTMAX));
        Network network = new CpuEngine().compile(graph, new CompileSettings(new Optimizer.Sgd(0.1, 0, false),
                Loss.SPARSE_CATEGORICAL_CROSSENTROPY, List.of("accuracy")), 1);
        INDArray x = Nd4j.rand(DataType.FLOAT, 5, 6, 6, 1);
        network.adapt(List.of(x));
        Map<String, INDArray> before = network.weights();
        double loss = network.train(x, new int[]{0, 1, 2, 3, 0}).loss();
        assertTrue(Double.isFinite(loss), "loss " + loss);
        assertNotEquals(before.get("conv2d/kernel"), network.weights().get("conv2d/kernel"));
        INDArray out = network.predict(x);
        assertArrayEquals(new long[]{5, 4}, out.shape());
    }
}
