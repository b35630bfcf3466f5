package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Dense layer's products split along the kernel's rows give the whole products: output, kernel gradient and input
 * gradient, for odd widths, for an input that starts inside its buffer, when the batch or the kernel array changes,
 * and with each half's input gradient through the transposed product.
 */
class KernelHalvesTest {

    private static final double TOLERANCE = 1e-5;

    @Test
    void givesTheWholeProductsForAnOddInputWidthBatchAfterBatch() {
        KernelHalves halves = new KernelHalves();
        INDArray kernel = floats(1, 9, 5);
        INDArray kernelGradient = Nd4j.create(DataType.FLOAT, 9, 5);
        for (int batch : new int[]{7, 4}) {
            check(halves, floats(batch, batch, 9), kernel, kernelGradient, "batch " + batch);
        }
    }

    @Test
    void readsAnInputThatStartsInsideItsBuffer() {
        INDArray rows = floats(2, 10, 9).get(NDArrayIndex.interval(3, 8), NDArrayIndex.all());
        assertTrue(rows.offset() > 0 && HostArrays.direct(rows));
        check(new KernelHalves(), rows, floats(3, 9, 4), Nd4j.create(DataType.FLOAT, 9, 4), "rows 3-8");
    }

    @Test
    void followsTheKernelWhenItsArrayIsReplaced() {
        KernelHalves halves = new KernelHalves();
        INDArray gradient = Nd4j.create(DataType.FLOAT, 8, 3);
        check(halves, floats(4, 6, 8), floats(5, 8, 3), gradient, "first kernel");
        check(halves, floats(4, 6, 8), floats(6, 8, 3), Nd4j.create(DataType.FLOAT, 8, 3), "second kernel");
    }

    @Test
    void aSmallBatchGetsEachHalfOfItsInputGradientFromTheTransposedProduct() {
        assertTrue(TransposedProduct.pays(2, 35));
        check(new KernelHalves(), floats(7, 2, 70), floats(8, 70, 6), Nd4j.create(DataType.FLOAT, 70, 6), "2 x 70");
    }

    @Test
    void withoutAnInputGradientOnlyTheKernelGradientIsComputed() {
        KernelHalves halves = new KernelHalves();
        INDArray x = floats(9, 5, 11);
        INDArray kernel = floats(10, 11, 4);
        halves.forward(x, kernel);
        INDArray gradZ = floats(11, 5, 4);
        INDArray kernelGradient = Nd4j.create(DataType.FLOAT, 11, 4);
        halves.backward(gradZ, kernel, kernelGradient, null);
        assertClose(x.transpose().mmul(gradZ), kernelGradient, "kernel gradient");
    }

    @Test
    void splitsOnlyProductsWorthTwoThreads() {
        assertTrue(KernelHalves.pays(100, 784, 512));
        assertTrue(KernelHalves.pays(32, 784, 512));
        assertFalse(KernelHalves.pays(32, 3136, 512));
        assertFalse(KernelHalves.pays(100, 512, 10));
        assertFalse(KernelHalves.pays(128, 1600, 10));
        assertFalse(KernelHalves.pays(1_000_000, 1, 512));
    }

    private static void check(KernelHalves halves, INDArray x, INDArray kernel, INDArray kernelGradient, String what) {
        long rows = x.size(0);
        INDArray output = Nd4j.createFromArray(halves.forward(x, kernel)).reshape(rows, kernel.size(1));
        assertClose(x.mmul(kernel), output, what + ": output");
        INDArray gradZ = floats(rows * 13, rows, kernel.size(1));
        INDArray inputGradient = Nd4j.create(DataType.FLOAT, x.shape());
        halves.backward(gradZ, kernel, kernelGradient, inputGradient);
        assertClose(x.transpose().mmul(gradZ), kernelGradient, what + ": kernel gradient");
        assertClose(gradZ.mmul(kernel.transpose()), inputGradient, what + ": input gradient");
    }

    private static INDArray floats(long seed, long... shape) {
        return GradientCheck.random(seed, shape).castTo(DataType.FLOAT);
    }

    private static void assertClose(INDArray expected, INDArray actual, String what) {
        assertEquals(0, expected.sub(actual).amaxNumber().doubleValue(), TOLERANCE, what);
    }
}
