package dev.neurite.engine;

import dev.neurite.layers.Initializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightInitializerTest {

    private static INDArray filled(Initializer initializer, long... shape) {
        INDArray array = Nd4j.create(DataType.DOUBLE, shape);
        WeightInitializer.fill(array, initializer, new SplittableRandom(1));
        return array;
    }

    @Test
    void fansOfAConvolutionKernelIncludeTheReceptiveField() {
        assertArrayEquals(new double[]{3 * 3 * 8, 3 * 3 * 16}, WeightInitializer.fans(new long[]{3, 3, 8, 16}));
        assertArrayEquals(new double[]{784, 512}, WeightInitializer.fans(new long[]{784, 512}));
    }

    @Test
    void glorotUniformStaysWithinKerasLimitAndFillsIt() {
        INDArray w = filled(Initializer.GLOROT_UNIFORM, 300, 200);
        double limit = Math.sqrt(6.0 / 500);
        assertTrue(w.maxNumber().doubleValue() <= limit && w.minNumber().doubleValue() >= -limit);
        assertEquals(limit, w.maxNumber().doubleValue(), limit * 0.01);
        assertEquals(limit * limit / 3, w.varNumber().doubleValue(), limit * limit / 3 * 0.05);
    }

    @Test
    void heNormalHasKerasDeviationAfterTruncationAtTwoSigma() {
        INDArray w = filled(Initializer.HE_NORMAL, 400, 300);
        double stddev = Math.sqrt(2.0 / 400);
        assertEquals(stddev, Math.sqrt(w.varNumber().doubleValue()), stddev * 0.03);
        assertTrue(w.amaxNumber().doubleValue() <= 2 * stddev / 0.87962566103423978 + 1e-12);
    }

    @Test
    void constantInitializersFillZerosAndOnes() {
        assertEquals(0, filled(Initializer.ZEROS, 4).sumNumber().doubleValue(), 0);
        assertEquals(4, filled(Initializer.ONES, 4).sumNumber().doubleValue(), 0);
    }

    @Test
    void seedStreamsDifferByPurposeAndLayer() {
        SeedStreams seeds = new SeedStreams(42);
        assertTrue(seeds.initialization() != seeds.shuffling());
        assertTrue(seeds.dropout(1) != seeds.dropout(2));
        assertEquals(new SeedStreams(42).shuffling(), seeds.shuffling());
    }
}
