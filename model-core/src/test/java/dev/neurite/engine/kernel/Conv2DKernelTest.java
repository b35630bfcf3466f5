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
                Arguments.of(new Window2D(2, 2, 1, 1, 2, 2, Padding.SAME), 5, 5),
                Arguments.of(new Window2D(2, 3, 1, 2, 2, 1, Padding.VALID), 6, 7));
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

    @ParameterizedTest
    @MethodSource("windows")
    void withoutInputGradientTheWeightGradientsAreTheSame(Window2D window, int h, int w) {
        for (int channels = 1; channels <= 2; channels++) {
            for (boolean withBias : new boolean[]{true, false}) {
                sameWeightGradients(window, h, w, channels, withBias);
            }
        }
    }

    private static void sameWeightGradients(Window2D window, int h, int w, int channels, boolean withBias) {
        {
            var full = new Conv2DKernel(
                    GradientCheck.parameter("kernel", 1, window.height(), window.width(), channels, 3),
                    withBias ? GradientCheck.parameter("bias", 2, 3) : null, window, ActivationOp.TANH);
            var weightsOnly = new Conv2DKernel(
                    GradientCheck.parameter("kernel", 1, window.height(), window.width(), channels, 3),
                    withBias ? GradientCheck.parameter("bias", 2, 3) : null, window, ActivationOp.TANH, false);
            INDArray x = GradientCheck.random(3, 2, h, w, channels);
            INDArray r = GradientCheck.random(99, full.forward(List.of(x), true).shape());
            weightsOnly.forward(List.of(x), true);
            full.backward(r.dup());
            List<INDArray> none = weightsOnly.backward(r.dup());
            assertEquals(1, none.size());
            assertEquals(null, none.get(0), "no input gradient when nothing upstream learns");
            for (int i = 0; i < full.parameters().size(); i++) {
                INDArray expected = full.parameters().get(i).gradient();
                INDArray actual = weightsOnly.parameters().get(i).gradient();
                assertEquals(0, expected.sub(actual).norm2Number().doubleValue(), 1e-10,
                        full.parameters().get(i).name() + " with " + window + ", " + channels + " channel(s)");
            }
            assertEquals(0, full.backwardToInput(r.dup()).get(0).sub(weightsOnly.backwardToInput(r.dup()).get(0))
                    .norm2Number().doubleValue(), 1e-10, "backwardToInput still gives the input gradient");
        }
    }
}
