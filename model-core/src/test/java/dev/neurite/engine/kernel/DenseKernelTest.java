package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DenseKernelTest {

    @Test
    void computesInputTimesKernelPlusBias() {
        var kernel = GradientCheck.parameter("kernel", 1, 3, 2);
        var bias = GradientCheck.parameter("bias", 2, 2);
        INDArray x = GradientCheck.random(3, 4, 3);
        INDArray y = new DenseKernel(kernel, bias, ActivationOp.LINEAR).forward(List.of(x), false);
        INDArray expected = x.mmul(kernel.value()).addRowVector(bias.value());
        assertArrayEquals(new long[]{4, 2}, y.shape());
        assertEquals(0, expected.sub(y).norm2Number().doubleValue(), 1e-12);
    }

    @Test
    void backwardMatchesFiniteDifferencesWithRelu() {
        var dense = new DenseKernel(GradientCheck.parameter("kernel", 1, 3, 5),
                GradientCheck.parameter("bias", 2, 5), ActivationOp.RELU);
        GradientCheck.of(dense).check(GradientCheck.random(3, 4, 3));
    }

    @Test
    void backwardMatchesFiniteDifferencesWithoutBiasOnRank3Input() {
        var dense = new DenseKernel(GradientCheck.parameter("kernel", 1, 3, 2), null, ActivationOp.TANH);
        GradientCheck.of(dense).check(GradientCheck.random(3, 2, 4, 3));
    }
}
