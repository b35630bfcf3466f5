package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import dev.neurite.layers.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The float convolution (im2col and gemm, {@link GemmConvolution}) against libnd4j's conv2d and conv2d_bp computed
 * in double on the same numbers (oneDNN, which libnd4j uses for float, rejects some dilated windows).
 */
class GemmConvolutionTest {

    private static final int NHWC = 1;
    private static final int KERNEL_HWIO = 0;

    static Stream<Arguments> cases() {
        List<Window2D> windows = List.of(
                new Window2D(3, 3, 1, 1, 1, 1, Padding.SAME),
                new Window2D(3, 3, 1, 1, 1, 1, Padding.VALID),
                new Window2D(3, 2, 2, 2, 1, 1, Padding.SAME),
                new Window2D(2, 2, 2, 1, 1, 1, Padding.VALID),
                new Window2D(2, 2, 1, 1, 2, 2, Padding.SAME),
                new Window2D(2, 3, 1, 2, 2, 1, Padding.VALID),
                new Window2D(5, 5, 2, 2, 1, 1, Padding.SAME),
                new Window2D(1, 1, 1, 1, 1, 1, Padding.VALID));
        List<Arguments> all = new ArrayList<>();
        int seed = 0;
        for (Window2D window : windows) {
            for (int channels = 1; channels <= 3; channels++) {
                for (ActivationOp activation : List.of(ActivationOp.RELU, ActivationOp.LINEAR, ActivationOp.TANH)) {
                    all.add(Arguments.of(window, channels, activation, seed % 2 == 0, seed));
                    seed++;
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void floatConvolutionMatchesLibnd4j(Window2D window, int channels, ActivationOp activation, boolean withBias,
                                       int seed) {
        int filters = 4;
        Parameter kernel = Parameter.trainable("c", "kernel", random(seed, window.height(), window.width(), channels,
                filters));
        Parameter bias = withBias ? Parameter.trainable("c", "bias", random(seed + 1000, filters)) : null;
        INDArray x = random(seed + 2000, 3, 7, 6, channels);
        var conv = new Conv2DKernel(kernel, bias, window, activation);

        INDArray y = conv.forward(List.of(x), true).dup();
        INDArray xd = x.castTo(DataType.DOUBLE);
        INDArray kd = kernel.value().castTo(DataType.DOUBLE);
        INDArray bd = withBias ? bias.value().castTo(DataType.DOUBLE) : null;
        INDArray linear = Nd4j.create(DataType.DOUBLE, y.shape());
        INDArray[] in = withBias ? Ops.in(xd, kd, bd) : Ops.in(xd, kd);
        Ops.exec("conv2d", in, Ops.out(linear), Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        INDArray expectedY = linear.ulike();
        activation.forward(linear, expectedY);
        assertClose(expectedY, y, "output");

        INDArray gradOut = random(seed + 3000, y.shape());
        INDArray gradX = conv.backward(gradOut).get(0).dup();
        INDArray gradZ = linear.ulike();
        activation.backward(linear, expectedY, gradOut.castTo(DataType.DOUBLE), gradZ);
        INDArray expectedGradX = xd.ulike();
        INDArray expectedGradK = kd.ulike();
        INDArray expectedGradB = Nd4j.create(DataType.DOUBLE, filters);
        INDArray[] bpIn = withBias ? Ops.in(xd, kd, bd, gradZ) : Ops.in(xd, kd, gradZ);
        INDArray[] bpOut = withBias ? Ops.out(expectedGradX, expectedGradK, expectedGradB)
                : Ops.out(expectedGradX, expectedGradK);
        Ops.exec("conv2d_bp", bpIn, bpOut, Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        assertClose(expectedGradX, gradX, "input gradient");
        assertClose(expectedGradK, kernel.gradient(), "kernel gradient");
        if (withBias) {
            assertClose(expectedGradB, bias.gradient(), "bias gradient");
        }
    }

    @Test
    void theFirstLayerGetsTheSameWeightGradientsWithoutComputingAnInputGradient() {
        Window2D window = new Window2D(3, 3, 1, 1, 1, 1, Padding.VALID);
        Parameter kernel = Parameter.trainable("c", "kernel", random(1, 3, 3, 1, 8));
        Parameter bias = Parameter.trainable("c", "bias", random(2, 8));
        Parameter kernel2 = Parameter.trainable("c", "kernel", kernel.value().dup());
        Parameter bias2 = Parameter.trainable("c", "bias", bias.value().dup());
        var full = new Conv2DKernel(kernel, bias, window, ActivationOp.RELU);
        var first = new Conv2DKernel(kernel2, bias2, window, ActivationOp.RELU, false);
        INDArray x = random(3, 4, 9, 9, 1);
        INDArray gradOut = random(4, full.forward(List.of(x), true).shape());
        first.forward(List.of(x), true);
        full.backward(gradOut);
        assertNull(first.backward(gradOut).get(0), "no input gradient when nothing upstream learns");
        assertClose(kernel.gradient(), kernel2.gradient(), "kernel gradient");
        assertClose(bias.gradient(), bias2.gradient(), "bias gradient");
    }

    @Test
    void reluPassesNoGradientWhereTheOutputIsZeroAndAllOfItElsewhere() {
        float[] output = {0f, Float.MIN_VALUE, 1e-40f, 1e-20f, 3f, Float.MAX_VALUE, 0f, 2f};
        float[] grad = {5f, 6f, 7f, -8f, 9f, 10f, -11f, -12f};
        FilterRows.reluMask(grad, output, 4, 2);
        assertArrayEquals(new float[]{0f, 6f, 7f, -8f, 9f, 10f, 0f, -12f}, grad);
    }

    @Test
    void biasAndReluAndColumnSumsCoverRowsThatDoNotFillABlock() {
        int filters = 3;
        long rows = 1000;
        float[] z = new float[(int) rows * filters];
        float[] bias = {1f, -2f, 0.5f};
        for (int i = 0; i < z.length; i++) {
            z[i] = (i % 7) - 3;
        }
        float[] expected = z.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Math.max(expected[i] + bias[i % filters], 0f);
        }
        FilterRows.addBiasRelu(z, rows, filters, bias, true);
        assertArrayEquals(expected, z);
        float[] sums = new float[filters];
        FilterRows.columnSums(z, rows, filters, sums);
        for (int f = 0; f < filters; f++) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += expected[r * filters + f];
            }
            assertEquals(sum, sums[f], 1e-3 * Math.max(1, Math.abs(sum)));
        }
    }

    private static INDArray random(long seed, long... shape) {
        java.util.Random random = new java.util.Random(seed);
        INDArray array = Nd4j.create(DataType.FLOAT, shape);
        for (long i = 0; i < array.length(); i++) {
            array.putScalar(i, random.nextFloat() * 2 - 1);
        }
        return array;
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertArrayEquals(expected.shape(), actual.shape(), what);
        INDArray e = expected.castTo(DataType.DOUBLE);
        double scale = Math.max(1e-3, e.norm2Number().doubleValue());
        double error = e.sub(actual.castTo(DataType.DOUBLE)).norm2Number().doubleValue();
        assertTrue(error <= 1e-5 * scale, what + ": relative error " + error / scale);
    }
}
