package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ZeroPadding2DKernel}'s row-by-row copies of float arrays against the same padding done by indexing. */
class ZeroPadding2DKernelFloatTest {

    @Test
    void floatImagesArePaddedWithZerosAndTheGradientCroppedBack() {
        var kernel = new ZeroPadding2DKernel(1, 2, 3, 0);
        for (int round = 0; round < 2; round++) { // the second batch reuses the output, whose border stays zero
            INDArray x = Nd4j.rand(DataType.FLOAT, 2, 4, 5, 3).addi(round);
            INDArray y = kernel.forward(List.of(x), true);
            assertArrayEquals(new long[]{2, 7, 8, 3}, y.shape());
            assertEquals(x.sumNumber().doubleValue(), y.sumNumber().doubleValue(), 1e-3, "nothing but zeros added");
            assertEquals(x, interior(y), "the image in its place");

            INDArray gradOut = Nd4j.rand(DataType.FLOAT, y.shape());
            INDArray gradIn = kernel.backward(gradOut).get(0);
            assertEquals(interior(gradOut), gradIn, "the gradient of the image's place");
        }
    }

    @Test
    void aNonContiguousInputTakesTheSameValues() {
        var kernel = new ZeroPadding2DKernel(1, 1, 1, 1);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 2, 4, 5).permute(0, 2, 3, 1); // [3, 4, 5, 2], not c-order
        INDArray y = kernel.forward(List.of(x), true);
        assertEquals(x.dup('c'), y.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 5), NDArrayIndex.interval(1, 6),
                NDArrayIndex.all()));
    }

    private static INDArray interior(INDArray padded) {
        return padded.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 5), NDArrayIndex.interval(3, 8),
                NDArrayIndex.all()).dup('c');
    }
}
