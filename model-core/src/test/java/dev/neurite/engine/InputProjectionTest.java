package dev.neurite.engine;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class InputProjectionTest {

    private static final float[] MEAN = {0.5f, 0.25f, 0.125f};
    private static final float[] COMPONENTS = {0.6f, 0.8f, 0f, 0f, 0.6f, -0.8f};
    private static final InputProjection PROJECTION = new InputProjection(MEAN, COMPONENTS);

    /** {@code (x - mean) @ C^T} written out, sample by sample. */
    private static double[] expected(float[][] images) {
        double[] out = new double[images.length * 2];
        for (int n = 0; n < images.length; n++) {
            for (int c = 0; c < 2; c++) {
                for (int j = 0; j < 3; j++) {
                    out[n * 2 + c] += (images[n][j] - MEAN[j]) * COMPONENTS[c * 3 + j];
                }
            }
        }
        return out;
    }

    @Test
    void aBatchIsCentredOnTheMeanAndProjectedOnEachComponent() {
        float[][] images = {{1f, 0f, 0.5f}, {0f, 1f, 1f}, {0.5f, 0.25f, 0.125f}};
        INDArray projected = PROJECTION.apply(Nd4j.createFromArray(images));
        assertArrayEquals(new long[] {3, 2}, projected.shape());
        assertArrayEquals(expected(images), projected.castTo(DataType.DOUBLE).reshape(6).toDoubleVector(), 1e-6);
        assertEquals(0.0, projected.getDouble(2, 0), 1e-7, "the mean image projects to the origin");
    }

    @Test
    void batchesOfOtherSizesAndTypesAndImageShapesProjectAlike() {
        float[][] one = {{0.9f, 0.1f, 0.3f}};
        assertArrayEquals(expected(one), PROJECTION.apply(Nd4j.createFromArray(one).castTo(DataType.DOUBLE))
                .reshape(2).toDoubleVector(), 1e-6);
        float[][] two = {{0.2f, 0.4f, 0.6f}, {1f, 1f, 1f}};
        INDArray asImages = Nd4j.createFromArray(two).reshape(2, 1, 3, 1);
        assertArrayEquals(expected(two), PROJECTION.apply(asImages).castTo(DataType.DOUBLE).reshape(4)
                .toDoubleVector(), 1e-6);
    }
}
