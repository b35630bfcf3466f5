package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Gradient checks and shape checks of the layers that move, scale or combine values without learning. */
class ShapeKernelsTest {

    @Test
    void flattenBackwardMatchesFiniteDifferences() {
        GradientCheck.of(ReshapeKernel.flatten(12)).check(GradientCheck.random(1, 2, 2, 3, 2));
    }

    @Test
    void flattenKeepsChannelsLastOrder() {
        INDArray x = GradientCheck.random(1, 2, 2, 3, 2);
        INDArray y = ReshapeKernel.flatten(12).forward(List.of(x), false);
        assertEquals(x.getDouble(1, 0, 1, 1), y.getDouble(1, 3), 0);
    }

    @Test
    void reshapeBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new ReshapeKernel(2, 3)).check(GradientCheck.random(1, 2, 6));
    }

    @Test
    void zeroPaddingAddsZerosAroundEachImage() {
        INDArray y = new ZeroPadding2DKernel(1, 2, 0, 1).forward(List.of(GradientCheck.random(1, 2, 3, 3, 2)), false);
        assertArrayEquals(new long[]{2, 6, 4, 2}, y.shape());
        assertEquals(0, y.getDouble(0, 0, 1, 1), 0);
        assertEquals(0, y.getDouble(1, 5, 1, 0), 0);
    }

    @Test
    void zeroPaddingBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new ZeroPadding2DKernel(1, 2, 0, 1)).check(GradientCheck.random(1, 2, 3, 3, 2));
    }

    @Test
    void globalAveragePoolingBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new GlobalAveragePooling2DKernel(false)).check(GradientCheck.random(1, 2, 3, 4, 2));
    }

    @Test
    void globalAveragePoolingAveragesEachChannel() {
        INDArray x = GradientCheck.random(1, 2, 3, 4, 2);
        INDArray y = new GlobalAveragePooling2DKernel(false).forward(List.of(x), false);
        assertEquals(x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(1), org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(1))
                .meanNumber().doubleValue(), y.getDouble(1, 1), 1e-12);
    }

    @Test
    void globalAveragePoolingWithKeepdimsBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new GlobalAveragePooling2DKernel(true)).check(GradientCheck.random(1, 2, 3, 4, 2));
    }

    @Test
    void rescalingBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new RescalingKernel(1 / 255.0, -0.5)).check(GradientCheck.random(1, 3, 4));
    }

    @Test
    void normalizationBackwardMatchesFiniteDifferences() {
        NormalizationKernel kernel = normalization(3);
        kernel.adapt(GradientCheck.random(8, 10, 3).muli(4).addi(2));
        GradientCheck.of(kernel).check(GradientCheck.random(1, 2, 2, 3));
    }

    @Test
    void normalizationAdaptedOnDataGivesZeroMeanUnitVariance() {
        NormalizationKernel kernel = normalization(3);
        INDArray data = GradientCheck.random(8, 50, 3).muli(4).addi(2);
        kernel.adapt(data);
        INDArray y = kernel.forward(List.of(data), false);
        assertEquals(0, y.mean(0).norm2Number().doubleValue(), 1e-9);
        assertEquals(1, y.var(false, 0).getDouble(2), 1e-9);
        assertEquals(50, kernel.parameters().get(2).value().getDouble(0), 0);
    }

    @Test
    void dropoutBackwardMatchesFiniteDifferencesForOneMask() {
        DropoutKernel dropout = new DropoutKernel(0.4, 1);
        GradientCheck.of(dropout).beforeEachForward(() -> dropout.reseed(5)).check(GradientCheck.random(1, 4, 6));
    }

    @Test
    void dropoutScalesKeptValuesAndPassesThroughInInference() {
        DropoutKernel dropout = new DropoutKernel(0.5, 1);
        INDArray x = Nd4j.ones(DataType.DOUBLE, 100, 50);
        INDArray trained = dropout.forward(List.of(x), true);
        long zeros = trained.eq(0).castTo(DataType.INT32).sumNumber().longValue();
        long twos = trained.eq(2).castTo(DataType.INT32).sumNumber().longValue();
        assertEquals(5000, zeros + twos);
        assertEquals(2500, zeros, 200);
        assertEquals(x, dropout.forward(List.of(x), false));
    }

    @Test
    void floatDropoutMasksItsGradientAsItsOutput() {
        DropoutKernel dropout = new DropoutKernel(0.4, 3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 64, 30).addi(1);
        INDArray y = dropout.forward(List.of(x), true).dup();
        INDArray g = Nd4j.rand(DataType.FLOAT, 64, 30).addi(1);
        INDArray gx = dropout.backward(g).get(0);
        float scale = (float) (1 / 0.6);
        float[] xs = x.reshape(-1).toFloatVector();
        float[] ys = y.reshape(-1).toFloatVector();
        float[] gs = g.reshape(-1).toFloatVector();
        float[] gxs = gx.reshape(-1).toFloatVector();
        int kept = 0;
        for (int i = 0; i < xs.length; i++) {
            boolean keep = ys[i] != 0;
            kept += keep ? 1 : 0;
            assertEquals(keep ? xs[i] * scale : 0f, ys[i], 0f);
            assertEquals(keep ? gs[i] * scale : 0f, gxs[i], 0f);
        }
        assertEquals(0.6 * xs.length, kept, 0.06 * xs.length);
    }

    @Test
    void addBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new AddKernel()).check(GradientCheck.random(1, 2, 3), GradientCheck.random(2, 2, 3));
    }

    @Test
    void concatenateBackwardMatchesFiniteDifferences() {
        GradientCheck.of(new ConcatenateKernel(-1))
                .check(GradientCheck.random(1, 2, 2, 2, 3), GradientCheck.random(2, 2, 2, 2, 1));
    }

    @Test
    void concatenateJoinsAlongTheLastAxis() {
        INDArray y = new ConcatenateKernel(-1).forward(
                List.of(GradientCheck.random(1, 2, 3), GradientCheck.random(2, 2, 1)), false);
        assertArrayEquals(new long[]{2, 4}, y.shape());
    }

    private static NormalizationKernel normalization(int channels) {
        return new NormalizationKernel(
                Parameter.frozen("norm", "mean", Nd4j.zeros(DataType.DOUBLE, channels)),
                Parameter.frozen("norm", "variance", Nd4j.ones(DataType.DOUBLE, channels)),
                Parameter.frozen("norm", "count", Nd4j.zeros(DataType.DOUBLE)));
    }

    @Test
    void upSamplingRepeatsEachPixelIntoItsBlock() {
        INDArray x = GradientCheck.random(1, 2, 3, 2, 2);
        INDArray y = new UpSampling2DKernel(2, 3).forward(List.of(x), false);
        assertArrayEquals(new long[]{2, 6, 6, 2}, y.shape());
        for (int row = 0; row < 6; row++) {
            for (int col = 0; col < 6; col++) {
                assertEquals(x.getDouble(1, row / 2, col / 3, 1), y.getDouble(1, row, col, 1), 0);
            }
        }
    }

    @Test
    void upSamplingBackwardSumsEachBlock() {
        GradientCheck.of(new UpSampling2DKernel(2, 3)).check(GradientCheck.random(1, 2, 3, 2, 2));
    }
}
