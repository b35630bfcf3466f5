package dev.neurite.explain;

import dev.neurite.engine.Network;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * A saliency map: how much each input pixel moves one class's output, the gradient of that class's output
 * (its probability for a softmax classifier) with respect to the input pixels, computed by the engine's own backward
 * pass ({@link Network#inputGradient}). Bright pixels are those where a small change of ink changes the answer most.
 * Immutable.
 *
 * @param geometry    the input image's layout
 * @param targetClass the class whose output was differentiated
 * @param gradient    d(output[targetClass]) / d(pixel), {@code geometry.size()} values in the input's order
 * @param samples     1 for a plain gradient; the number of noisy copies averaged for SmoothGrad
 */
public record Saliency(InputGeometry geometry, int targetClass, float[] gradient, int samples) {

    /** The fraction of the input's value range used as SmoothGrad's noise level (Smilkov et al. suggest 10-20%). */
    public static final double DEFAULT_NOISE = 0.15;

    public Saliency {
        if (gradient.length != geometry.size()) {
            throw new IllegalArgumentException("gradient needs " + geometry.size() + " values; got "
                    + gradient.length);
        }
        gradient = gradient.clone();
    }

    /** A copy of the gradient. */
    @Override
    public float[] gradient() {
        return gradient.clone();
    }

    /**
     * The plain gradient of {@code targetClass}'s output at {@code input}. Runs on the calling thread (one forward
     * and one backward pass).
     *
     * @param input pixels in [0, 1], as prediction takes them
     */
    public static Saliency of(Network network, float[] input, int targetClass) {
        return smoothed(network, input, targetClass, 1, 0, 0);
    }

    /**
     * SmoothGrad: the mean gradient over {@code samples} copies of {@code input} with Gaussian noise of standard
     * deviation {@code noise * (max - min)} of the input added (one batch through the network). With
     * {@code samples == 1} and {@code noise == 0} this is the plain gradient.
     *
     * @param seed the noise's seed (the same seed gives the same map)
     */
    public static Saliency smoothed(Network network, float[] input, int targetClass, int samples, double noise,
                                    long seed) {
        InputGeometry geometry = InputGeometry.of(network.inputShape());
        int classes = (int) network.outputShape().size();
        if (targetClass < 0 || targetClass >= classes) {
            throw new ExplainException("The model has " + classes + " outputs; there is no class " + targetClass
                    + ".");
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1; got " + samples);
        }
        int size = input.length;
        float[] batch = new float[size * samples];
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : input) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double sigma = noise * (max - min);
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < size; i++) {
                batch[s * size + i] = (float) (input[i] + (sigma > 0 ? sigma * gaussian(random) : 0));
            }
        }
        INDArray x = Samples.batch(network, batch, samples);
        INDArray weights = Nd4j.zeros(network.dataType(), samples, classes);
        for (int s = 0; s < samples; s++) {
            weights.putScalar(s, targetClass, 1.0);
        }
        INDArray reshaped = weights.reshape(outputShape(network, samples));
        float[] all = network.inputGradient(x, reshaped).reshape((long) size * samples).toFloatVector();
        float[] mean = new float[size];
        for (int s = 0; s < samples; s++) {
            for (int i = 0; i < size; i++) {
                mean[i] += all[s * size + i] / samples;
            }
        }
        return new Saliency(geometry, targetClass, mean, samples);
    }

    /**
     * The map to draw: per pixel the largest absolute gradient over the channels, scaled so the largest is 1
     * ({@code geometry.pixels()} values in [0, 1], row after row; all 0 when the gradient is 0 everywhere).
     */
    public float[] magnitude() {
        int channels = geometry.channels();
        float[] map = new float[geometry.pixels()];
        float largest = 0;
        for (int p = 0; p < map.length; p++) {
            float m = 0;
            for (int c = 0; c < channels; c++) {
                m = Math.max(m, Math.abs(gradient[p * channels + c]));
            }
            map[p] = m;
            largest = Math.max(largest, m);
        }
        if (largest > 0) {
            for (int p = 0; p < map.length; p++) {
                map[p] /= largest;
            }
        }
        return map;
    }

    private static long[] outputShape(Network network, int batch) {
        long[] shape = new long[network.outputShape().rank() + 1];
        shape[0] = batch;
        for (int d = 0; d < network.outputShape().rank(); d++) {
            shape[d + 1] = network.outputShape().dim(d);
        }
        return shape;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
