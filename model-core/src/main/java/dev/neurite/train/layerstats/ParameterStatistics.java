package dev.neurite.train.layerstats;

/**
 * What one trainable weight tensor of a layer looked like at the end of an epoch, and how large its gradient was
 * during the epoch. Immutable.
 *
 * @param layer            the layer's name, e.g. {@code dense_1}
 * @param name             the Keras weight name, e.g. {@code kernel} or {@code bias}
 * @param count            the number of values in the tensor
 * @param min              the smallest weight at the end of the epoch
 * @param max              the largest weight at the end of the epoch
 * @param mean             the mean weight at the end of the epoch
 * @param std              the population standard deviation of the weights at the end of the epoch
 * @param histogram        the weights in {@link Histogram#BINS} bins over {@code [min, max]}
 * @param meanAbsGradient  the mean of {@code |g|} over the tensor, averaged over the sampled batches of the epoch
 *                         (see {@link EpochLayerStatistics#gradientBatches()}); NaN when no batch was sampled
 * @param maxAbsGradient   the largest {@code |g|} in any sampled batch; NaN when no batch was sampled
 */
public record ParameterStatistics(String layer, String name, long count, double min, double max, double mean,
                                  double std, Histogram histogram, double meanAbsGradient, double maxAbsGradient) {

    /** {@code layer/name}, as weight archives name the tensor. */
    public String key() {
        return layer + "/" + name;
    }
}
