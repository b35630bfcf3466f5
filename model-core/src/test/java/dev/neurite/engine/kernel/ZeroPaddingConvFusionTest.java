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
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A ZeroPadding2D linked to the "valid" convolution after it gives, in training passes, the same convolution output
 * and the same gradients (kernel, bias, input) as the two layers unlinked, while it passes its input through; inference
 * passes are unchanged. Which pairs get linked.
 */
class ZeroPaddingConvFusionTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(3, 1, ActivationOp.RELU, true, 2),
                Arguments.of(3, 1, ActivationOp.LINEAR, false, 1),
                Arguments.of(5, 2, ActivationOp.RELU, true, 3));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void linkedLayersTrainAsUnlinkedOnes(int k, int pad, ActivationOp activation, boolean inputGradient,
                                         int channels) {
        Nd4j.getRandom().setSeed(k * 10 + channels);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 9, 8, channels).subi(0.5);
        INDArray kernelValues = Nd4j.rand(DataType.FLOAT, k, k, channels, 4).subi(0.5);
        INDArray biasValues = Nd4j.rand(DataType.FLOAT, 4).subi(0.5);
        Pair plain = new Pair(kernelValues, biasValues, k, pad, activation, inputGradient);
        Pair linked = new Pair(kernelValues, biasValues, k, pad, activation, inputGradient);
        assertEquals(1, ZeroPaddingConvFusion.link(new Kernel[]{null, linked.padding, linked.conv},
                new int[][]{{}, {0}, {1}}, 2));

        INDArray plainOut = plain.forward(x, true).dup();
        INDArray linkedOut = linked.forward(x, true).dup();
        assertArrayEquals(new long[]{3, 9, 8, 4}, linkedOut.shape());
        assertArrayEquals(values(plainOut), values(linkedOut), 1e-5f);
        assertSame(x, linked.paddingOutput, "the linked padding passes its input through");

        INDArray gradient = Nd4j.rand(DataType.FLOAT, plainOut.shape()).subi(0.5);
        INDArray plainInputGradient = plain.backward(gradient);
        INDArray linkedInputGradient = linked.backward(gradient);
        assertArrayEquals(values(plain.kernel.gradient()), values(linked.kernel.gradient()), 1e-4f);
        assertArrayEquals(values(plain.bias.gradient()), values(linked.bias.gradient()), 1e-4f);
        if (inputGradient) {
            assertArrayEquals(x.shape(), linkedInputGradient.shape());
            assertArrayEquals(values(plainInputGradient), values(linkedInputGradient), 1e-5f);
        }

        linked.forward(x, false);
        assertArrayEquals(new long[]{3, 9 + 2 * pad, 8 + 2 * pad, channels}, linked.paddingOutput.shape(),
                "inference passes show the padded image");
        assertArrayEquals(values(plain.forward(x, false)), values(linked.forward(x, false)), 1e-5f);
    }

    @Test
    void onlyAPaddingThatIsTheConvolutionsSamePaddingAndFeedsItAloneIsLinked() {
        int[][] chain = {{}, {0}, {1}};
        assertEquals(1, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(1, 1, 1, 1), conv(3, 1, Padding.VALID)},
                chain, 2));
        assertEquals(0, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(1, 1, 1, 1), conv(3, 1, Padding.SAME)},
                chain, 2), "a 'same' convolution pads on top of the zeros");
        assertEquals(0, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(1, 1, 1, 1), conv(3, 2, Padding.VALID)},
                chain, 2), "strided");
        assertEquals(0, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(0, 1, 0, 1), conv(2, 1, Padding.VALID)},
                chain, 2), "asymmetric padding");
        assertEquals(0, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(2, 2, 2, 2), conv(3, 1, Padding.VALID)},
                chain, 2), "more zeros than 'same' adds");
        assertEquals(0, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(1, 1, 1, 1), conv(3, 1, Padding.VALID),
                new ReshapeKernel(new long[]{-1})}, new int[][]{{}, {0}, {1}, {1}}, 2),
                "a second consumer sees the padded image");
        assertEquals(0, ZeroPaddingConvFusion.link(new Kernel[]{null, pad(1, 1, 1, 1), conv(3, 1, Padding.VALID)},
                chain, 1), "the model's output stays padded");
    }

    private static ZeroPadding2DKernel pad(int top, int bottom, int left, int right) {
        return new ZeroPadding2DKernel(top, bottom, left, right);
    }

    private static Conv2DKernel conv(int k, int stride, Padding padding) {
        return new Conv2DKernel(Parameter.trainable("c", "kernel", Nd4j.rand(DataType.FLOAT, k, k, 1, 2)), null,
                Window2D.of(k, k, stride, stride, padding), ActivationOp.RELU);
    }

    private static float[] values(INDArray array) {
        return array.dup().reshape(-1).toFloatVector();
    }

    /** A zero padding and a "valid" convolution, run as a network runs them. */
    private static final class Pair {
        final Parameter kernel;
        final Parameter bias;
        final ZeroPadding2DKernel padding;
        final Conv2DKernel conv;
        INDArray paddingOutput;

        Pair(INDArray kernelValues, INDArray biasValues, int k, int pad, ActivationOp activation,
             boolean inputGradient) {
            kernel = Parameter.trainable("c", "kernel", kernelValues.dup());
            bias = Parameter.trainable("c", "bias", biasValues.dup());
            padding = new ZeroPadding2DKernel(pad, pad, pad, pad);
            conv = new Conv2DKernel(kernel, bias, Window2D.of(k, k, 1, 1, Padding.VALID), activation,
                    inputGradient);
        }

        INDArray forward(INDArray x, boolean training) {
            paddingOutput = padding.forward(List.of(x), training);
            return conv.forward(List.of(paddingOutput), training);
        }

        INDArray backward(INDArray gradient) {
            INDArray convGradient = conv.backward(gradient).get(0);
            return convGradient == null ? null : padding.backward(convGradient).get(0);
        }
    }
}
