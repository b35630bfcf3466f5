package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code a . b^T} computed as the transpose of {@code b . a^T}: the same product, tile edges included. */
class TransposedProductTest {

    @Test
    void transposesMatricesWhoseSidesAreNotMultiplesOfTheTile() {
        int rows = 37;
        int columns = 21;
        float[] source = new float[rows * columns];
        for (int i = 0; i < source.length; i++) {
            source[i] = i;
        }
        float[] target = new float[source.length];
        TransposedProduct.transpose(source, rows, columns, target);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                assertEquals(source[r * columns + c], target[c * rows + r], "element " + r + ", " + c);
            }
        }
    }

    @Test
    void equalsTheDirectProductAndKeepsDoingSoWhenTheBatchChanges() {
        TransposedProduct product = new TransposedProduct();
        INDArray b = GradientCheck.random(5, 50, 9).castTo(DataType.FLOAT);
        for (int batch : new int[]{3, 2}) {
            INDArray a = GradientCheck.random(batch, batch, 9).castTo(DataType.FLOAT);
            INDArray c = Nd4j.create(DataType.FLOAT, batch, 50);
            product.multiply(a, b, c);
            INDArray expected = a.mmul(b.transpose());
            assertEquals(0, expected.sub(c).amaxNumber().doubleValue(), 1e-5, "batch " + batch);
        }
    }

    @Test
    void paysOnlyWhenTheSecondFactorHasManyMoreRows() {
        assertTrue(TransposedProduct.pays(32, 3136));
        assertFalse(TransposedProduct.pays(100, 784));
        assertFalse(TransposedProduct.pays(128, 512));
    }
}
