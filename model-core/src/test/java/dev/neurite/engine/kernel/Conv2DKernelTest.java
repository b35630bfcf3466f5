package dev.neurite.engine.kernel;

import dev.neurite.layers.Padding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class Conv2DKernelTest {

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of(new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME), 5, 5),
                Arguments.of(new Window2D(3, 3, 1, 1, 1, 1, Padding.VALID), 5, 5),
                Arguments.of(new Window2D(3, 2, 2, 2, 1, 1, Padding.SAME), 6, 5),
                Arguments.of(new Window2D(2, 2, 2, 1, 1, 1, Padding.VALID), 5, 4),
                Arguments.of(new Window2D(2, 2, 1, 1, 2, 2, Padding.SAME), 5, 5));
    }

    @ParameterizedTest
    @MethodSource("windows")
    void forwardMatchesTensorFlowDefinition(Window2D window, int h, int w) {
        var kernel = GradientCheck.parameter("kernel", 1, window.height(), window.width(), 2, 3);
        var bias = GradientCheck.parameter("bias", 2, 3);
        INDArray x = GradientCheck.random(3, 2, h, w, 2);
        INDArray y = new Conv2DKernel(kernel, bias, window, ActivationOp.LINEAR).forward(List.of(x), false);
        INDArray expected = NaiveReference.conv(x, kernel.value(), bias.value(), window);
        assertArrayEquals(expected.shape(), y.shape());
        assertEquals(0, expected.sub(y).norm2Number().doubleValue(), 1e-10);
    }

    @ParameterizedTest
    @MethodSource("windows")
    void backwardMatchesFiniteDifferences(Window2D window, int h, int w) {
        var conv = new Conv2DKernel(GradientCheck.parameter("kernel", 1, window.height(), window.width(), 2, 3),
                GradientCheck.parameter("bias", 2, 3), window, ActivationOp.TANH);
        GradientCheck.of(conv).check(GradientCheck.random(3, 2, h, w, 2));
    }

    @org.junit.jupiter.api.Test
    void backwardWithoutBiasMatchesFiniteDifferences() {
        Window2D window = Window2D.of(3, 3, 1, 1, Padding.SAME);
        var conv = new Conv2DKernel(GradientCheck.parameter("kernel", 1, 3, 3, 1, 2), null, window,
                ActivationOp.LINEAR);
        GradientCheck.of(conv).check(GradientCheck.random(3, 2, 4, 4, 1));
    }
}
