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

class Pooling2DKernelTest {

    static Stream<Arguments> cases() {
        return Stream.of(Pooling2DKernel.Mode.values()).flatMap(mode -> Stream.of(
                Arguments.of(mode, Window2D.of(2, 2, 2, 2, Padding.VALID), 4, 6),
                Arguments.of(mode, Window2D.of(2, 2, 2, 2, Padding.SAME), 5, 5),
                Arguments.of(mode, Window2D.of(3, 3, 2, 2, Padding.SAME), 5, 6),
                Arguments.of(mode, Window2D.of(3, 2, 1, 1, Padding.VALID), 4, 4)));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void forwardMatchesTensorFlowDefinition(Pooling2DKernel.Mode mode, Window2D window, int h, int w) {
        INDArray x = GradientCheck.random(5, 2, h, w, 3);
        INDArray y = new Pooling2DKernel(mode, window).forward(List.of(x), false);
        INDArray expected = NaiveReference.pool(x, window, mode == Pooling2DKernel.Mode.MAX);
        assertArrayEquals(expected.shape(), y.shape());
        assertEquals(0, expected.sub(y).norm2Number().doubleValue(), 1e-10);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void backwardMatchesFiniteDifferences(Pooling2DKernel.Mode mode, Window2D window, int h, int w) {
        GradientCheck.of(new Pooling2DKernel(mode, window)).check(GradientCheck.random(5, 2, h, w, 3));
    }
}
