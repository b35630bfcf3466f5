package dev.neurite.engine;

import dev.neurite.layers.Initializer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * Fills weight arrays as Keras's initializers do, with fans computed as Keras computes them: (in, out) for a matrix,
 * {@code kh*kw*in} and {@code kh*kw*out} for a convolution kernel, the size itself for vectors. Normal variants draw
 * from a normal truncated at two deviations, with the deviation divided by 0.8796... so the truncated distribution has
 * the stated deviation (Keras's VarianceScaling). Stateless.
 */
public final class WeightInitializer {

    private static final double TRUNCATED_NORMAL_STDDEV_CORRECTION = 0.87962566103423978;

    private WeightInitializer() {
    }

    /** Fills {@code array} in place, drawing from {@code random}. */
    public static void fill(INDArray array, Initializer initializer, SplittableRandom random) {
        long[] shape = array.shape();
        double[] fans = fans(shape);
        double fanIn = fans[0];
        double fanOut = fans[1];
        int n = (int) array.length();
        double[] values = new double[n];
        switch (initializer) {
            case ZEROS -> { }
            case ONES -> java.util.Arrays.fill(values, 1);
            case GLOROT_UNIFORM -> uniform(values, Math.sqrt(6 / (fanIn + fanOut)), random);
            case HE_UNIFORM -> uniform(values, Math.sqrt(6 / fanIn), random);
            case GLOROT_NORMAL -> truncatedNormal(values, Math.sqrt(2 / (fanIn + fanOut)), random);
            case HE_NORMAL -> truncatedNormal(values, Math.sqrt(2 / fanIn), random);
        }
        array.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(values).reshape(shape).castTo(array.dataType()));
    }

    /** {@code {fanIn, fanOut}} for a weight of {@code shape}. */
    static double[] fans(long[] shape) {
        if (shape.length < 1) {
            return new double[]{1, 1};
        }
        if (shape.length == 1) {
            return new double[]{shape[0], shape[0]};
        }
        long receptive = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            receptive *= shape[i];
        }
        return new double[]{receptive * shape[shape.length - 2], receptive * shape[shape.length - 1]};
    }

    private static void uniform(double[] values, double limit, SplittableRandom random) {
        for (int i = 0; i < values.length; i++) {
            values[i] = (random.nextDouble() * 2 - 1) * limit;
        }
    }

    private static void truncatedNormal(double[] values, double stddev, SplittableRandom random) {
        double scaled = stddev / TRUNCATED_NORMAL_STDDEV_CORRECTION;
        for (int i = 0; i < values.length; i++) {
            double z;
            do {
                z = gaussian(random);
            } while (Math.abs(z) > 2);
            values[i] = z * scaled;
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
