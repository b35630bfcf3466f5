package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ActivationFunctionTest {

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("linear", ActivationFunction.LINEAR),
                Arguments.of("relu", ActivationFunction.RELU),
                Arguments.of("sigmoid", ActivationFunction.SIGMOID),
                Arguments.of("tanh", ActivationFunction.TANH),
                Arguments.of("softmax", ActivationFunction.SOFTMAX),
                Arguments.of("elu", ActivationFunction.ELU),
                Arguments.of("selu", ActivationFunction.SELU),
                Arguments.of("leaky_relu", ActivationFunction.leakyRelu(0.2)),
                Arguments.of("gelu", ActivationFunction.GELU),
                Arguments.of("swish", ActivationFunction.SWISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void backwardMatchesFiniteDifferences(String name, ActivationFunction function) {
        GradientCheck.of(new ActivationKernel(function)).check(GradientCheck.random(7, 3, 2, 5));
    }

    static Stream<Arguments> values() {
        double x = -0.7;
        double sigmoid = 1 / (1 + Math.exp(-x));
        return Stream.of(
                Arguments.of(ActivationFunction.RELU, x, 0.0),
                Arguments.of(ActivationFunction.SIGMOID, x, sigmoid),
                Arguments.of(ActivationFunction.TANH, x, Math.tanh(x)),
                Arguments.of(ActivationFunction.ELU, x, Math.exp(x) - 1),
                Arguments.of(ActivationFunction.SELU, x, 1.0507009873554805 * 1.6732632423543772 * (Math.exp(x) - 1)),
                Arguments.of(ActivationFunction.leakyRelu(0.3), x, 0.3 * x),
                Arguments.of(ActivationFunction.GELU, x, -0.1693745565561511),
                Arguments.of(ActivationFunction.SWISH, x, x * sigmoid));
    }

    @ParameterizedTest
    @MethodSource("values")
    void forwardMatchesKerasDefinition(ActivationFunction function, double x, double expected) {
        INDArray in = Nd4j.create(new double[]{x}, 1, 1);
        INDArray out = in.ulike();
        function.forward(in, out);
        assertEquals(expected, out.getDouble(0), 1e-7);
    }

    @Test
    void softmaxRowsSumToOneOverTheLastAxis() {
        INDArray out = new ActivationKernel(ActivationFunction.SOFTMAX)
                .forward(List.of(GradientCheck.random(1, 4, 3, 6)), false);
        INDArray sums = out.sum(2);
        assertEquals(0, sums.sub(1).norm2Number().doubleValue(), 1e-12);
    }
}
