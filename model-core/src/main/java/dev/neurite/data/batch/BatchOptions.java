package dev.neurite.data.batch;

import java.util.Objects;

/**
 * How a {@link BatchPipeline} cuts a data set into batches.
 *
 * @param batchSize    images per batch, at least 1 (the last batch of an epoch may be smaller)
 * @param shuffle      whether each epoch visits the images in a new seeded random order
 * @param seed         the run's seed; shuffling and augmentation use separate generators derived from it
 * @param scaling      how raw pixels become inputs
 * @param oneHot       whether batches also carry one-hot labels (for categorical cross-entropy)
 * @param augmentation random changes to each image, or {@link Augmentation#NONE}
 */
public record BatchOptions(int batchSize, boolean shuffle, long seed, PixelScaling scaling, boolean oneHot,
                           Augmentation augmentation) {

    public BatchOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batch size must be at least 1; got " + batchSize);
        }
        Objects.requireNonNull(scaling, "scaling");
        Objects.requireNonNull(augmentation, "augmentation");
    }

    /** Batches of {@code batchSize}, shuffled with {@code seed}, inputs in [0, 1], integer labels, no augmentation. */
    public static BatchOptions of(int batchSize, long seed) {
        return new BatchOptions(batchSize, true, seed, PixelScaling.unitRange(), false, Augmentation.NONE);
    }

    public BatchOptions withScaling(PixelScaling newScaling) {
        return new BatchOptions(batchSize, shuffle, seed, newScaling, oneHot, augmentation);
    }

    public BatchOptions withOneHot(boolean newOneHot) {
        return new BatchOptions(batchSize, shuffle, seed, scaling, newOneHot, augmentation);
    }

    public BatchOptions withAugmentation(Augmentation newAugmentation) {
        return new BatchOptions(batchSize, shuffle, seed, scaling, oneHot, newAugmentation);
    }

    public BatchOptions withShuffle(boolean newShuffle) {
        return new BatchOptions(batchSize, newShuffle, seed, scaling, oneHot, augmentation);
    }
}
