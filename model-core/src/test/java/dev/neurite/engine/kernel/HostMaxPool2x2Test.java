package dev.neurite.engine.kernel;

import dev.neurite.engine.NativeVariant;
import dev.neurite.layers.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java 2x2 max pooling against libnd4j's {@code maxpool2d} and {@code maxpool2d_bp}, bit for bit. */
class HostMaxPool2x2Test {

    private static final Window2D VALID = Window2D.of(2, 2, 2, 2, Padding.VALID);

    /**
     * Values from {-2, -1, 0, 1, 2}: most windows hold a tie for their maximum (the first one in row-major order wins
     * the gradient), many a zero one (which ReLU then blocks).
     */
    private static INDArray ties(long... shape) {
        Nd4j.getRandom().setSeed(7);
        return Transforms.floor(Nd4j.rand(DataType.FLOAT, shape).muli(5), false).subi(2);
    }

    private static INDArray distinct(long... shape) {
        Nd4j.getRandom().setSeed(11);
        return Nd4j.rand(DataType.FLOAT, shape).subi(0.5);
    }

    private static void exec(String op, INDArray[] inputs, INDArray output) {
        Nd4j.exec(DynamicCustomOp.builder(op).addInputs(inputs).addOutputs(output)
                .addIntegerArguments(VALID.libnd4jArgs(0, 1)).build());
    }

    @ParameterizedTest(name = "{0}x{1}x{2}x{3}, ties {4}, relu {5}")
    @CsvSource({
            "5, 26, 26, 32, true, false",
            "5, 26, 26, 32, true, true",
            "4, 11, 11, 64, true, true",
            "3, 7, 10, 3, true, false",
            "3, 10, 7, 5, false, true",
            "128, 26, 26, 32, false, true",
    })
    void givesLibnd4jsOutputAndGradientToTheBit(int batch, int h, int w, int c, boolean ties, boolean relu) {
        INDArray x = ties ? ties(batch, h, w, c) : distinct(batch, h, w, c);
        INDArray gradOut = distinct(batch, h / 2, w / 2, c);
        INDArray expectedY = Nd4j.create(DataType.FLOAT, batch, h / 2, w / 2, c);
        exec("maxpool2d", new INDArray[]{x}, expectedY);
        // with ReLU behind the pooling: max(m, 0), and ReLU's gradient mask before libnd4j's routing
        INDArray maskedGrad = gradOut.dup();
        if (relu) {
            Transforms.relu(expectedY, false);
            maskedGrad.muli(expectedY.gt(0).castTo(DataType.FLOAT));
        }
        INDArray expectedGx = Nd4j.create(DataType.FLOAT, batch, h, w, c);
        exec("maxpool2d_bp", new INDArray[]{x, maskedGrad}, expectedGx);

        HostMaxPool2x2 pool = new HostMaxPool2x2();
        INDArray y = Nd4j.create(DataType.FLOAT, batch, h / 2, w / 2, c);
        pool.forward(x, y, relu);
        // a reused gradient buffer holds the previous step's values: the dropped last row and column are zeroed
        INDArray gx = Nd4j.valueArrayOf(new long[]{batch, h, w, c}, 9f, DataType.FLOAT);
        pool.backward(x, y, gradOut, gx, relu);

        assertArrayEquals(expectedY.data().asFloat(), y.data().asFloat());
        assertArrayEquals(expectedGx.data().asFloat(), gx.data().asFloat());
    }

    @Test
    void readsAGradientThatIsAViewOfALargerArray() {
        INDArray x = ties(2, 4, 4, 3);
        INDArray whole = distinct(4, 2, 2, 3);
        INDArray gradOut = whole.get(NDArrayIndex.interval(1, 3));
        HostMaxPool2x2 pool = new HostMaxPool2x2();
        INDArray y = Nd4j.create(DataType.FLOAT, 2, 2, 2, 3);
        pool.forward(x, y, false);
        INDArray gx = Nd4j.create(DataType.FLOAT, 2, 4, 4, 3);
        pool.backward(x, y, gradOut, gx, false);
        INDArray expected = Nd4j.create(DataType.FLOAT, 2, 4, 4, 3);
        exec("maxpool2d_bp", new INDArray[]{x, gradOut.dup()}, expected);
        assertArrayEquals(expected.data().asFloat(), gx.data().asFloat());
    }

    @Test
    void takesOnly2x2WindowsOfStride2OverContiguousFloats() {
        INDArray even = Nd4j.create(DataType.FLOAT, 2, 6, 4, 3);
        INDArray odd = Nd4j.create(DataType.FLOAT, 2, 5, 4, 3);
        assertTrue(HostMaxPool2x2.fits(VALID, even));
        assertTrue(HostMaxPool2x2.fits(VALID, odd));
        assertTrue(HostMaxPool2x2.fits(Window2D.of(2, 2, 2, 2, Padding.SAME), even));
        assertFalse(HostMaxPool2x2.fits(Window2D.of(2, 2, 2, 2, Padding.SAME), odd), "SAME pads an odd size");
        assertFalse(HostMaxPool2x2.fits(Window2D.of(3, 3, 2, 2, Padding.VALID), even));
        assertFalse(HostMaxPool2x2.fits(Window2D.of(2, 2, 1, 1, Padding.VALID), even));
        assertFalse(HostMaxPool2x2.fits(VALID, even.castTo(DataType.DOUBLE)));
        assertFalse(HostMaxPool2x2.fits(VALID, Nd4j.create(DataType.FLOAT, 2, 3, 6, 4).permute(0, 2, 1, 3)));
    }

    @Test
    void leavesThePoolingOfAvx512BuildsToOneDnn() {
        assertFalse(HostMaxPool2x2.preferredFor("-onednn-avx512"));
        assertTrue(HostMaxPool2x2.preferredFor("-onednn-avx2"));
        assertTrue(HostMaxPool2x2.preferredFor(""));
        assertEquals(HostMaxPool2x2.PREFERRED, HostMaxPool2x2.preferredFor(
                System.getProperty(NativeVariant.PROPERTY, "")));
    }
}
