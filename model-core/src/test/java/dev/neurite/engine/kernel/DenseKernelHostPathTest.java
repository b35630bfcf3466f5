package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Float Dense layers compute bias and activation in Java ({@link HostActivation}); double ones (gradient checks) with
 * libnd4j ops. Both must give the same outputs and gradients, batch after batch, whatever the batch size.
 */
class DenseKernelHostPathTest {

    private static final double TOLERANCE = 1e-5;

    @Test
    void floatLayersMatchTheDoublePathForEveryHostActivation() {
        for (ActivationOp activation : List.of(ActivationOp.LINEAR, ActivationOp.RELU, ActivationOp.SOFTMAX)) {
            for (boolean withBias : new boolean[]{true, false}) {
                compare(activation, withBias, true, 6, 7, 5);
                compare(activation, withBias, false, 6, 7, 5);
            }
        }
    }

    @Test
    void rank3InputsAndChangingBatchSizesKeepMatching() {
        compare(ActivationOp.RELU, true, true, 4, 2, 3, 5);
        compare(ActivationOp.SOFTMAX, true, true, 3, 4, 6);
    }

    @Test
    void aSmallBatchThroughAWideInputGetsTheSameInputGradientFromTheTransposedProduct() {
        assertTrue(TransposedProduct.pays(3, 70) && TransposedProduct.pays(2, 70));
        compare(ActivationOp.RELU, true, true, 3, 70);
        compare(ActivationOp.LINEAR, false, true, 3, 70);
    }

    @Test
    void noInputGradientWhenNothingUpstreamLearns() {
        Parameter kernel = GradientCheck.parameter("kernel", 1, 5, 4);
        DenseKernel dense = new DenseKernel(asFloat(kernel), null, ActivationOp.RELU, false);
        dense.forward(List.of(GradientCheck.random(2, 3, 5).castTo(DataType.FLOAT)), true);
        assertNull(dense.backward(GradientCheck.random(3, 3, 4).castTo(DataType.FLOAT)).get(0));
    }

    @Test
    void aLayerLargeEnoughToSplitOverTwoThreadsMatchesTheDoublePath() {
        assertTrue(KernelHalves.pays(60, 101, 2000) && KernelHalves.pays(59, 101, 2000));
        compare(2000, ActivationOp.RELU, true, true, 60, 101);
        compare(2000, ActivationOp.LINEAR, false, false, 60, 101);
    }

    private static void compare(ActivationOp activation, boolean withBias, boolean inputGradient, long... inputShape) {
        compare(5, activation, withBias, inputGradient, inputShape);
    }

    /** Runs two batches (the second smaller) through a float and a double copy of one layer and compares. */
    private static void compare(long units, ActivationOp activation, boolean withBias, boolean inputGradient,
                                long... inputShape) {
        Parameter kernel = GradientCheck.parameter("kernel", 11, inputShape[inputShape.length - 1], units);
        Parameter bias = withBias ? GradientCheck.parameter("bias", 12, units) : null;
        DenseKernel reference = new DenseKernel(kernel, bias, activation, inputGradient);
        Parameter floatKernel = asFloat(kernel);
        Parameter floatBias = withBias ? asFloat(bias) : null;
        DenseKernel host = new DenseKernel(floatKernel, floatBias, activation, inputGradient);
        for (long batch : new long[]{inputShape[0], inputShape[0] - 1}) {
            long[] shape = inputShape.clone();
            shape[0] = batch;
            INDArray x = GradientCheck.random(batch * 31, shape);
            INDArray expected = reference.forward(List.of(x), true);
            INDArray actual = host.forward(List.of(x.castTo(DataType.FLOAT)), true);
            String what = activation + (withBias ? " with bias" : "") + " batch " + batch;
            assertArrayEquals(expected.shape(), actual.shape(), what);
            assertClose(expected, actual, what + ": output");
            INDArray gradOut = GradientCheck.random(batch * 37, expected.shape());
            List<INDArray> expectedIn = reference.backward(gradOut);
            List<INDArray> actualIn = host.backward(gradOut.castTo(DataType.FLOAT));
            assertClose(kernel.gradient(), floatKernel.gradient(), what + ": kernel gradient");
            if (withBias) {
                assertClose(bias.gradient(), floatBias.gradient(), what + ": bias gradient");
            }
            if (inputGradient) {
                assertClose(expectedIn.get(0), actualIn.get(0), what + ": input gradient");
            } else {
                assertNull(actualIn.get(0), what);
            }
        }
    }

    private static Parameter asFloat(Parameter p) {
        return Parameter.trainable(p.layer(), p.name(), p.value().castTo(DataType.FLOAT));
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        double[] e = expected.castTo(DataType.DOUBLE).reshape(expected.length()).toDoubleVector();
        double[] a = actual.castTo(DataType.DOUBLE).reshape(actual.length()).toDoubleVector();
        assertEquals(e.length, a.length, what);
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], TOLERANCE * Math.max(1, Math.abs(e[i])), what + " at " + i);
        }
    }
}
