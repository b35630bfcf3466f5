package dev.neurite.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output shapes and parameter counts against Keras, with the Keras formula written out in each row. */
class LayerShapesTest {

    private static final ActivationFunction RELU = ActivationFunction.RELU;

    static Stream<Arguments> keras() {
        return Stream.of(
                // layer, input, expected output, trainable params (formula), non-trainable
                Arguments.of(new Dense(512, RELU), TensorShape.of(784), TensorShape.of(512), 784 * 512 + 512, 0),
                Arguments.of(new Dense(10, RELU, false, Initializer.ZEROS, Initializer.ZEROS, null, null),
                        TensorShape.of(20), TensorShape.of(10), 20 * 10, 0),
                Arguments.of(new Dense(10), TensorShape.of(5, 7), TensorShape.of(5, 10), 7 * 10 + 10, 0),
                Arguments.of(new Activation(RELU), TensorShape.of(3, 4), TensorShape.of(3, 4), 0, 0),
                Arguments.of(new Dropout(0.5), TensorShape.of(100), TensorShape.of(100), 0, 0),
                Arguments.of(new Flatten(), TensorShape.of(7, 7, 64), TensorShape.of(3136), 0, 0),
                Arguments.of(new Flatten(), TensorShape.of(784), TensorShape.of(784), 0, 0),
                Arguments.of(new Reshape(List.of(28, 28, 1)), TensorShape.of(784), TensorShape.of(28, 28, 1), 0, 0),
                Arguments.of(new Reshape(List.of(-1, 7)), TensorShape.of(28, 2), TensorShape.of(8, 7), 0, 0),
                Arguments.of(new Rescaling(1 / 255.0, 0), TensorShape.of(28, 28, 1), TensorShape.of(28, 28, 1), 0,
                        0),
                Arguments.of(new Conv2D(32, Dims2D.square(3), RELU), TensorShape.of(28, 28, 1),
                        TensorShape.of(26, 26, 32), 3 * 3 * 1 * 32 + 32, 0),
                Arguments.of(new Conv2D(64, Dims2D.square(3)).withPadding(Padding.SAME), TensorShape.of(14, 14, 32),
                        TensorShape.of(14, 14, 64), 3 * 3 * 32 * 64 + 64, 0),
                Arguments.of(new Conv2D(8, new Dims2D(5, 3), Dims2D.square(2), Padding.VALID, Dims2D.square(1),
                                RELU, true, Initializer.HE_NORMAL, Initializer.ZEROS, null, null),
                        TensorShape.of(28, 28, 3), TensorShape.of(12, 13, 8), 5 * 3 * 3 * 8 + 8, 0),
                Arguments.of(new Conv2D(8, Dims2D.square(3), Dims2D.square(2), Padding.SAME, Dims2D.square(1),
                                RELU, true, Initializer.GLOROT_UNIFORM, Initializer.ZEROS, null, null),
                        TensorShape.of(28, 27, 1), TensorShape.of(14, 14, 8), 3 * 3 * 8 + 8, 0),
                Arguments.of(new Conv2D(4, Dims2D.square(3), Dims2D.square(1), Padding.VALID, Dims2D.square(2),
                                RELU, true, Initializer.GLOROT_UNIFORM, Initializer.ZEROS, null, null),
                        TensorShape.of(10, 10, 1), TensorShape.of(6, 6, 4), 3 * 3 * 4 + 4, 0),
                Arguments.of(ZeroPadding2D.symmetric(1), TensorShape.of(28, 28, 1), TensorShape.of(30, 30, 1), 0, 0),
                Arguments.of(new ZeroPadding2D(1, 2, 3, 4), TensorShape.of(5, 5, 2), TensorShape.of(8, 12, 2), 0, 0),
                Arguments.of(MaxPooling2D.of(Dims2D.square(2)), TensorShape.of(28, 28, 32),
                        TensorShape.of(14, 14, 32), 0, 0),
                Arguments.of(MaxPooling2D.of(Dims2D.square(2)), TensorShape.of(11, 11, 64), TensorShape.of(5, 5, 64),
                        0, 0),
                Arguments.of(new MaxPooling2D(Dims2D.square(3), Dims2D.square(2), Padding.SAME),
                        TensorShape.of(11, 11, 4), TensorShape.of(6, 6, 4), 0, 0),
                Arguments.of(new AveragePooling2D(Dims2D.square(3), Dims2D.square(1), Padding.VALID),
                        TensorShape.of(8, 8, 4), TensorShape.of(6, 6, 4), 0, 0),
                Arguments.of(new GlobalAveragePooling2D(false), TensorShape.of(7, 7, 64), TensorShape.of(64), 0, 0),
                Arguments.of(new GlobalAveragePooling2D(true), TensorShape.of(7, 7, 64), TensorShape.of(1, 1, 64), 0,
                        0),
                Arguments.of(new BatchNormalization(), TensorShape.of(26, 26, 32), TensorShape.of(26, 26, 32),
                        2 * 32, 2 * 32),
                Arguments.of(new BatchNormalization(-1, 0.9, 1e-5, false, true), TensorShape.of(100),
                        TensorShape.of(100), 100, 2 * 100),
                Arguments.of(Normalization.adapted(), TensorShape.of(28, 28, 1), TensorShape.of(28, 28, 1), 0,
                        2 * 1 + 1),
                Arguments.of(new Normalization(-1, List.of(0.13), List.of(0.095)), TensorShape.of(28, 28, 1),
                        TensorShape.of(28, 28, 1), 0, 0),
                Arguments.of(new InputLayer(TensorShape.of(784)), null, TensorShape.of(784), 0, 0));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("keras")
    void matchesKerasShapeAndParameterCount(LayerConfig layer, TensorShape input, TensorShape expected,
                                           long trainable, long nonTrainable) {
        List<TensorShape> inputs = input == null ? List.of() : List.of(input);
        assertEquals(expected, layer.outputShape(inputs));
        assertEquals(new ParameterCount(trainable, nonTrainable), ParameterCount.of(layer.weights(inputs)));
    }

    @Test
    void addKeepsTheCommonShape() {
        TensorShape shape = TensorShape.of(4, 4, 8);
        assertEquals(shape, new Add().outputShape(List.of(shape, shape, shape)));
    }

    @Test
    void concatenateSumsTheChannelAxis() {
        assertEquals(TensorShape.of(4, 4, 24),
                new Concatenate().outputShape(List.of(TensorShape.of(4, 4, 8), TensorShape.of(4, 4, 16))));
        assertEquals(TensorShape.of(8, 4, 8),
                new Concatenate(1).outputShape(List.of(TensorShape.of(4, 4, 8), TensorShape.of(4, 4, 8))));
    }

    @Test
    void denseKernelIsInputsByUnitsAsInKeras() {
        List<WeightSpec> weights = new Dense(10).weights(List.of(TensorShape.of(784)));
        assertEquals(TensorShape.of(784, 10), weights.get(0).shape());
        assertEquals("kernel", weights.get(0).name());
        assertEquals(TensorShape.of(10), weights.get(1).shape());
    }

    @Test
    void convKernelIsHeightWidthInOut() {
        List<WeightSpec> weights = new Conv2D(32, new Dims2D(3, 5)).weights(List.of(TensorShape.of(28, 28, 3)));
        assertEquals(TensorShape.of(3, 5, 3, 32), weights.get(0).shape());
    }

    @Test
    void reshapeRefusesSizesThatDoNotMultiplyOut() {
        ShapeException problem = assertThrows(ShapeException.class,
                () -> new Reshape(List.of(27, 27)).outputShape(List.of(TensorShape.of(784))));
        assertTrue(problem.getMessage().contains("784"), problem.getMessage());
    }

    @Test
    void shapesPrintAsKerasPrintsThem() {
        assertEquals("(None, 26, 26, 32)", TensorShape.of(26, 26, 32).toKerasString());
        assertEquals("(None, 784)", TensorShape.of(784).toKerasString());
    }
}
