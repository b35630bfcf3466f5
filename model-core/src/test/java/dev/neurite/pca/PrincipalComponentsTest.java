package dev.neurite.pca;

import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.engine.InputProjection;
import dev.neurite.engine.InputStandardization;
import dev.neurite.train.Synthetic;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PCA against a direct SVD of the centred data, and the views of it the Data place draws. */
class PrincipalComponentsTest {

    /** 40 images of 3x4 pixels: a small matrix whose SVD is computed directly. */
    private static final DataSet SMALL = Synthetic.blobs(40, 3, 4, 3, 7);

    @Test
    void componentsAndVariancesMatchADirectSvdOfTheCentredData() {
        PrincipalComponents pca = PrincipalComponents.fit(SMALL, 5);
        int n = SMALL.size();
        int d = SMALL.pixelsPerImage();
        INDArray x = Nd4j.createFromArray(SMALL.toFloats()).castTo(DataType.DOUBLE).reshape(n, d);
        INDArray centred = x.subRowVector(x.mean(0).reshape(1, d)).dup('f');
        INDArray s = Nd4j.create(DataType.DOUBLE, d);
        INDArray u = Nd4j.create(DataType.DOUBLE, new long[] {n, n}, 'f');
        INDArray vt = Nd4j.create(DataType.DOUBLE, new long[] {d, d}, 'f');
        Nd4j.getBlasWrapper().lapack().gesvd(centred, s, u, vt);
        double[] variance = pca.explainedVariance();
        for (int c = 0; c < d; c++) {
            assertEquals(s.getDouble(c) * s.getDouble(c) / (n - 1), variance[c], 1e-5, "variance " + c);
        }
        for (int c = 0; c < 5; c++) {
            double[] expected = vt.getRow(c).toDoubleVector();
            float[] actual = pca.component(c);
            double dot = 0;
            for (int j = 0; j < d; j++) {
                dot += expected[j] * actual[j];
            }
            assertEquals(1, Math.abs(dot), 1e-4, "component " + c + " is the SVD's direction up to its sign");
        }
    }

    @Test
    void aComponentsLargestEntryIsPositive() {
        PrincipalComponents pca = PrincipalComponents.fit(SMALL, 4);
        for (int c = 0; c < 4; c++) {
            float[] v = pca.component(c);
            float largest = 0;
            for (float value : v) {
                largest = Math.abs(value) > Math.abs(largest) ? value : largest;
            }
            assertTrue(largest > 0, "component " + c);
        }
    }

    @Test
    void allComponentsRebuildAnImageExactlyAndFewerApproximately() {
        DataSet digits = BundledDigits.load().train().range(0, 1000);
        PrincipalComponents pca = PrincipalComponents.fit(digits, 784);
        float[] image = new float[784];
        digits.copyImage(3, image, 0);
        assertArrayEquals(image, pca.reconstruct(image, 784), 1e-3f);
        double error10 = squaredError(image, pca.reconstruct(image, 10));
        double error60 = squaredError(image, pca.reconstruct(image, 60));
        assertTrue(error60 < error10, error60 + " < " + error10);
    }

    @Test
    void theVarianceCurveRisesToOneAndNamesTheComponentsFor95Percent() {
        DataSet digits = BundledDigits.load().train().range(0, 1000);
        PrincipalComponents pca = PrincipalComponents.fit(digits, 60);
        double[] cumulative = pca.cumulativeExplainedVarianceRatio();
        assertEquals(784, cumulative.length);
        assertEquals(1, cumulative[783], 1e-9);
        for (int i = 1; i < cumulative.length; i++) {
            assertTrue(cumulative[i] >= cumulative[i - 1]);
        }
        int k = pca.componentsFor(0.95);
        assertTrue(cumulative[k - 1] >= 0.95 && cumulative[k - 2] < 0.95, "k = " + k);
        assertTrue(pca.componentsFor(0.9) <= k && k <= pca.componentsFor(0.99));
    }

    @Test
    void theProjectionOfASetIsEachImagesTransform() {
        DataSet digits = BundledDigits.load().test().orElseThrow().range(0, 50);
        PrincipalComponents pca = PrincipalComponents.fit(BundledDigits.load().train().range(0, 500), 10);
        float[] scatter = pca.project(digits, 2);
        assertEquals(100, scatter.length);
        float[] image = new float[784];
        digits.copyImage(17, image, 0);
        assertArrayEquals(pca.transform(image, 2), new float[] {scatter[34], scatter[35]}, 1e-4f);
    }

    @Test
    void theNetworksProjectionOnStandardizedInputsIsTheScaledTransform() {
        DataSet digits = BundledDigits.load().train().range(0, 300);
        PrincipalComponents pca = PrincipalComponents.fit(digits, 8);
        InputStandardization standardization = new InputStandardization(0.13, 0.3);
        InputProjection projection = pca.toInputProjection(8, standardization);
        float[] image = new float[784];
        digits.copyImage(5, image, 0);
        float[] standardized = new float[784];
        float[] mean = projection.mean();
        float[] components = projection.componentValues();
        float[] expected = pca.transform(image, 8);
        for (int c = 0; c < 8; c++) {
            double sum = 0;
            for (int j = 0; j < 784; j++) {
                standardized[j] = (float) ((image[j] - standardization.mean()) / standardization.std());
                sum += (standardized[j] - mean[j]) * components[c * 784 + j];
            }
            assertEquals(expected[c] / standardization.std(), sum, 1e-3, "component " + c);
        }
    }

    @Test
    void moreComponentsThanPixelsOrImagesAreRefusedNamingTheSetting() {
        NeuriteException tooMany = assertThrows(NeuriteException.class, () -> PrincipalComponents.fit(SMALL, 13));
        assertTrue(tooMany.getMessage().startsWith("pca_components must be between 1 and 12"), tooMany.getMessage());
        assertThrows(NeuriteException.class, () -> PrincipalComponents.fit(SMALL.range(0, 1), 1));
    }

    private static double squaredError(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return sum;
    }
}
