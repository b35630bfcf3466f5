package dev.neurite.data.batch;

import dev.neurite.settings.Augmentation;
import dev.neurite.settings.FitSettings;

import java.util.Objects;

/**
 * How a {@link BatchPipeline} cuts a data set into batches. Immutable.
 *
 * @param batchSize    images per batch, at least 1 (the last batch of an epoch may be smaller)
 * @param shuffle      whether each epoch visits the images in a new seeded random order
 * @param seed         the run's seed; shuffling and augmentation use separate streams derived from it per epoch
 * @param augmentation random changes to each image, or {@link Augmentation#NONE}
 */
public record BatchOptions(int batchSize, boolean shuffle, long seed, Augmentation augmentation) {

    public BatchOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("Batch size must be at least 1; got " + batchSize);
        }
        Objects.requireNonNull(augmentation, "augmentation");
    }

    /** The training batches of a fit: its batch size, shuffling, seed and augmentation. */
    public static BatchOptions training(FitSettings fit) {
        return new BatchOptions(fit.batchSize(), fit.shuffle(), fit.seed(), fit.augmentation());
    }

    /** Batches in the data set's order, unchanged: for validation, evaluation and adapting layers. */
    public static BatchOptions inOrder(int batchSize) {
        return new BatchOptions(batchSize, false, 0, Augmentation.NONE);
    }
}
