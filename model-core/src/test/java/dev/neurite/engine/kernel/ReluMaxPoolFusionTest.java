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

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ReLU convolution linked to the max pooling after it computes, in training passes, the same pooled output and the
 * same gradients (kernel, bias, input) as the two layers unlinked, while its own training output is the convolution
 * before ReLU; inference passes are unchanged. Which pairs get linked.
 */
class ReluMaxPoolFusionTest {

    private static final Window2D CONV = new Window2D(3, 3, 1, 1, 1, 1, Padding.VALID);

    static Stream<Arguments> pools() {
        return Stream.of(
                Arguments.of(Window2D.of(2, 2, 2, 2, Padding.VALID), true, 9),
                Arguments.of(Window2D.of(2, 2, 2, 2, Padding.VALID), false, 11),
                Arguments.of(Window2D.of(3, 3, 2, 2, Padding.SAME), true, 10),
                Arguments.of(Window2D.of(2, 2, 1, 1, Padding.VALID), true, 8));
    }

    @ParameterizedTest
    @MethodSource("pools")
    void linkedLayersTrainExactlyAsUnlinkedOnes(Window2D poolWindow, boolean inputGradient, int size) {
        Nd4j.getRandom().setSeed(size);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, size, size, 2).subi(0.5);
        INDArray kernelValues = Nd4j.rand(DataType.FLOAT, 3, 3, 2, 5).subi(0.5);
        INDArray biasValues = Nd4j.rand(DataType.FLOAT, 5).subi(0.5);
        Pair plain = new Pair(kernelValues, biasValues, poolWindow, inputGradient);
        Pair linked = new Pair(kernelValues, biasValues, poolWindow, inputGradient);
        assertEquals(1, ReluMaxPoolFusion.link(new Kernel[]{null, linked.conv, linked.pool},
                new int[][]{{}, {0}, {1}}, 2 + 1));

        INDArray plainOut = plain.forward(x, true).dup();
        INDArray linkedOut = linked.forward(x, true).dup();
        assertArrayEquals(values(plainOut), values(linkedOut), 0f);
        assertTrue(linked.convOutput.minNumber().floatValue() < 0, "the linked convolution leaves ReLU out");

        INDArray gradient = Nd4j.rand(DataType.FLOAT, plainOut.shape()).subi(0.5);
        INDArray plainInputGradient = plain.backward(gradient);
        INDArray linkedInputGradient = linked.backward(gradient);
        assertArrayEquals(values(plain.kernel.gradient()), values(linked.kernel.gradient()), 1e-5f);
        assertArrayEquals(values(plain.bias.gradient()), values(linked.bias.gradient()), 1e-5f);
        if (inputGradient) {
            assertArrayEquals(values(plainInputGradient), values(linkedInputGradient), 1e-6f);
        }

        linked.forward(x, false);
        assertTrue(linked.convOutput.minNumber().floatValue() >= 0, "inference passes apply ReLU in the convolution");
        assertArrayEquals(values(plain.forward(x, false)), values(linked.forward(x, false)), 0f);
    }

    @Test
    void onlyAReluConvolutionWhoseOnlyConsumerIsAMaxPoolingIsLinked() {
        Kernel relu = conv(ActivationOp.RELU);
        Kernel max = new Pooling2DKernel(Pooling2DKernel.Mode.MAX, Window2D.of(2, 2, 2, 2, Padding.VALID));
        Kernel average = new Pooling2DKernel(Pooling2DKernel.Mode.AVERAGE, Window2D.of(2, 2, 2, 2, Padding.VALID));
        int[][] chain = {{}, {0}, {1}};
        assertEquals(0, ReluMaxPoolFusion.link(new Kernel[]{null, conv(ActivationOp.TANH), max}, chain, 2));
        assertEquals(0, ReluMaxPoolFusion.link(new Kernel[]{null, relu, average}, chain, 2));
        assertEquals(0, ReluMaxPoolFusion.link(new Kernel[]{null, relu, max, new ReshapeKernel(new long[]{-1})},
                new int[][]{{}, {0}, {1}, {1}}, 3), "a second consumer sees the convolution's output");
        assertEquals(0, ReluMaxPoolFusion.link(new Kernel[]{null, relu, max}, chain, 1),
                "the model's output stays ReLU's");
        assertEquals(1, ReluMaxPoolFusion.link(new Kernel[]{null, relu, max}, chain, 2));
    }

    private static float[] values(INDArray array) {
        return array.dup().reshape(-1).toFloatVector();
    }

    private static Conv2DKernel conv(ActivationOp activation) {
        return new Conv2DKernel(Parameter.trainable("c", "kernel", Nd4j.rand(DataType.FLOAT, 3, 3, 1, 2)), null,
                CONV, activation);
    }

    /** A ReLU convolution and a max pooling, run as a network runs them. */
    private static final class Pair {
        final Parameter kernel;
        final Parameter bias;
        final Conv2DKernel conv;
        final Pooling2DKernel pool;
        INDArray convOutput;

        Pair(INDArray kernelValues, INDArray biasValues, Window2D poolWindow, boolean inputGradient) {
            kernel = Parameter.trainable("c", "kernel", kernelValues.dup());
            bias = Parameter.trainable("c", "bias", biasValues.dup());
            conv = new Conv2DKernel(kernel, bias, CONV, ActivationOp.RELU, inputGradient);
            pool = new Pooling2DKernel(Pooling2DKernel.Mode.MAX, poolWindow);
        }

        INDArray forward(INDArray x, boolean training) {
            convOutput = conv.forward(List.of(x), training);
            return pool.forward(List.of(convOutput), training);
        }

        INDArray backward(INDArray gradient) {
            INDArray poolGradient = pool.backward(gradient).get(0);
            return conv.backward(poolGradient).get(0);
        }
    }
}
