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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link Conv2DKernel} on float arrays (its Java ReLU, {@link HostRelu}, and its weights-only backward pass,
 * {@link ConvWeightGradients}) against libnd4j's conv2d and conv2d_bp computed in double on the same numbers (oneDNN,
 * which libnd4j uses for float, rejects some dilated windows).
 */
class Conv2DKernelFloatTest {

    private static final int NHWC = 1;
    private static final int KERNEL_HWIO = 0;
    private static final int FILTERS = 4;

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
    void floatConvolutionMatchesLibnd4jWithAndWithoutTheInputGradient(Window2D window, int channels,
                                                                     ActivationOp activation, boolean withBias,
                                                                     int seed) {
        Reference ref = new Reference(window, channels, withBias, seed);
        Parameter kernel = Parameter.trainable("c", "kernel", ref.kernel.dup());
        Parameter bias = withBias ? Parameter.trainable("c", "bias", ref.bias.dup()) : null;
        var conv = new Conv2DKernel(kernel, bias, window, activation);
        Parameter firstKernel = Parameter.trainable("c", "kernel", ref.kernel.dup());
        Parameter firstBias = withBias ? Parameter.trainable("c", "bias", ref.bias.dup()) : null;
        var first = new Conv2DKernel(firstKernel, firstBias, window, activation, false);
        // oneDNN's float conv2d rejects dilated windows (open, as on main); the weights-only test covers them
        assumeTrue(window.dilationH() == 1 && window.dilationW() == 1, "oneDNN rejects dilated float windows");
        INDArray y = conv.forward(List.of(ref.x), true).dup();
        INDArray expectedY = ref.forward(activation);
        assertClose(expectedY, y, "output");
        INDArray gradX = conv.backward(ref.gradOut).get(0).dup();
        assertClose(y, first.forward(List.of(ref.x), true), "output of the first layer");
        assertNull(first.backward(ref.gradOut).get(0), "no input gradient when nothing upstream learns");
        ref.backward(activation);
        assertClose(ref.gradX, gradX, "input gradient");
        assertClose(ref.gradK, kernel.gradient(), "kernel gradient");
        assertClose(ref.gradK, firstKernel.gradient(), "kernel gradient without the input gradient");
        if (withBias) {
            assertClose(ref.gradB, bias.gradient(), "bias gradient");
            assertClose(ref.gradB, firstBias.gradient(), "bias gradient without the input gradient");
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void weightGradientsAloneMatchLibnd4j(Window2D window, int channels, ActivationOp activation, boolean withBias,
                                          int seed) {
        Reference ref = new Reference(window, channels, withBias, seed);
        ref.forward(ActivationOp.LINEAR);
        ref.backward(ActivationOp.LINEAR);
        INDArray gradK = ref.kernel.ulike();
        INDArray gradB = withBias ? ref.bias.ulike() : null;
        new ConvWeightGradients().compute(window, ref.x, ref.gradOut, gradK, gradB);
        assertClose(ref.gradK, gradK, "kernel gradient");
        if (withBias) {
            assertClose(ref.gradB, gradB, "bias gradient");
        }
    }

    /** Random float numbers and libnd4j's conv2d and conv2d_bp on them in double. */
    private static final class Reference {
        final Window2D window;
        final boolean withBias;
        final INDArray x;
        final INDArray kernel;
        final INDArray bias;
        INDArray gradOut;
        INDArray linear;
        INDArray output;
        INDArray gradX;
        INDArray gradK;
        INDArray gradB;

        Reference(Window2D window, int channels, boolean withBias, int seed) {
            this.window = window;
            this.withBias = withBias;
            x = random(seed + 2000, 3, 7, 6, channels);
            kernel = random(seed, window.height(), window.width(), channels, FILTERS);
            bias = random(seed + 1000, FILTERS);
        }

        INDArray forward(ActivationOp activation) {
            INDArray[] in = withBias ? Ops.in(d(x), d(kernel), d(bias)) : Ops.in(d(x), d(kernel));
            linear = Nd4j.create(DataType.DOUBLE, window.outputShape(x.shape(), FILTERS));
            Ops.exec("conv2d", in, Ops.out(linear), Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
            output = linear.ulike();
            activation.forward(linear, output);
            gradOut = random(seed(x), linear.shape());
            return output;
        }

        void backward(ActivationOp activation) {
            INDArray gradZ = linear.ulike();
            activation.backward(linear, output, d(gradOut), gradZ);
            gradX = d(x).ulike();
            gradK = d(kernel).ulike();
            gradB = Nd4j.create(DataType.DOUBLE, FILTERS);
            INDArray[] in = withBias ? Ops.in(d(x), d(kernel), d(bias), gradZ) : Ops.in(d(x), d(kernel), gradZ);
            INDArray[] out = withBias ? Ops.out(gradX, gradK, gradB) : Ops.out(gradX, gradK);
            Ops.exec("conv2d_bp", in, out, Ops.none(), window.libnd4jArgs(NHWC, KERNEL_HWIO));
        }

        private static long seed(INDArray array) {
            return Double.doubleToLongBits(array.getDouble(0));
        }

        private static INDArray d(INDArray array) {
            return array.castTo(DataType.DOUBLE);
        }
    }

    @Test
    void aSecondBackwardPassAfterOneForwardPassGivesTheSameGradients() {
        Window2D window = new Window2D(3, 3, 1, 1, 1, 1, Padding.VALID);
        Parameter kernel = Parameter.trainable("c", "kernel", random(1, 3, 3, 2, 8));
        Parameter bias = Parameter.trainable("c", "bias", random(2, 8));
        var conv = new Conv2DKernel(kernel, bias, window, ActivationOp.RELU, false);
        INDArray x = random(3, 4, 9, 9, 2);
        INDArray gradOut = random(4, conv.forward(List.of(x), true).shape());
        conv.backward(gradOut);
        INDArray once = kernel.gradient().dup();
        INDArray gradX = conv.backwardToInput(gradOut).get(0);
        assertArrayEquals(x.shape(), gradX.shape(), "backwardToInput still gives the input gradient");
        assertClose(once, kernel.gradient(), "kernel gradient");
    }

    @Test
    void reluPassesNoGradientWhereTheOutputIsZeroAndAllOfItElsewhere() {
        float[] output = {0f, Float.MIN_VALUE, 1e-40f, 1e-20f, 3f, Float.MAX_VALUE, 0f, 2f};
        float[] grad = {5f, 6f, 7f, -8f, 9f, 10f, -11f, -12f};
        HostRelu.mask(grad, output, grad, grad.length);
        assertArrayEquals(new float[]{0f, 6f, 7f, -8f, 9f, 10f, 0f, -12f}, grad);
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
