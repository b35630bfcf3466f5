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

class ActivationOpTest {

    static Stream<Arguments> functions() {
        return Stream.of(
                Arguments.of("linear", ActivationOp.LINEAR),
                Arguments.of("relu", ActivationOp.RELU),
                Arguments.of("sigmoid", ActivationOp.SIGMOID),
                Arguments.of("tanh", ActivationOp.TANH),
                Arguments.of("softmax", ActivationOp.SOFTMAX),
                Arguments.of("elu", ActivationOp.ELU),
                Arguments.of("selu", ActivationOp.SELU),
                Arguments.of("leaky_relu", ActivationOp.leakyRelu(0.2)),
                Arguments.of("gelu", ActivationOp.GELU),
                Arguments.of("swish", ActivationOp.SWISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void backwardMatchesFiniteDifferences(String name, ActivationOp function) {
        GradientCheck.of(new ActivationKernel(function)).check(GradientCheck.random(7, 3, 2, 5));
    }

    static Stream<Arguments> values() {
        double x = -0.7;
        double sigmoid = 1 / (1 + Math.exp(-x));
        return Stream.of(
                Arguments.of(ActivationOp.RELU, x, 0.0),
                Arguments.of(ActivationOp.SIGMOID, x, sigmoid),
                Arguments.of(ActivationOp.TANH, x, Math.tanh(x)),
                Arguments.of(ActivationOp.ELU, x, Math.exp(x) - 1),
                Arguments.of(ActivationOp.SELU, x, 1.0507009873554805 * 1.6732632423543772 * (Math.exp(x) - 1)),
                Arguments.of(ActivationOp.leakyRelu(0.3), x, 0.3 * x),
                Arguments.of(ActivationOp.GELU, x, -0.1693745565561511),
                Arguments.of(ActivationOp.SWISH, x, x * sigmoid));
    }

    @ParameterizedTest
    @MethodSource("values")
    void forwardMatchesKerasDefinition(ActivationOp function, double x, double expected) {
        INDArray in = Nd4j.create(new double[]{x}, 1, 1);
        INDArray out = in.ulike();
        function.forward(in, out);
        assertEquals(expected, out.getDouble(0), 1e-7);
    }

    @Test
    void softmaxRowsSumToOneOverTheLastAxis() {
        INDArray out = new ActivationKernel(ActivationOp.SOFTMAX)
                .forward(List.of(GradientCheck.random(1, 4, 3, 6)), false);
        INDArray sums = out.sum(2);
        assertEquals(0, sums.sub(1).norm2Number().doubleValue(), 1e-12);
    }
}
