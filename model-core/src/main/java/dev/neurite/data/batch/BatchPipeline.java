package dev.neurite.data.batch;

import dev.neurite.data.DataSet;
import dev.neurite.engine.SeedStreams;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Cuts a {@link DataSet} into float batches: the one way images reach a network, for training, validation,
 * evaluation and adapting layers alike. Pixels become {@code value / 255} (in [0, 1]); training batches may be
 * shuffled with a seed per epoch and augmented ({@link BatchOptions#augmentation()}). Any further scaling (the
 * standardization of {@link dev.neurite.settings.PixelScaling#STANDARDIZE}) belongs to the trained network, so that
 * evaluation and prediction apply it exactly as training did. Plain {@code float[]}/{@code int[]} arrays (no ND4J),
 * reused across batches: an epoch allocates nothing after its first batch.
 *
 * <p>Replayable: the same data, options and epoch number give the same batches, whatever ran before. Shuffling and
 * augmentation draw from separate streams of the seed ({@link SeedStreams#shuffling(int)},
 * {@link SeedStreams#augmentation(int)}).
 *
 * <p><b>Threading:</b> the pipeline itself is immutable and may be shared; each {@link #epoch} iterator and the
 * {@link Batch} it returns belong to the one thread that uses them.
 */
public final class BatchPipeline {

    private final DataSet data;
    private final BatchOptions options;
    private final SeedStreams seeds;

    public BatchPipeline(DataSet data, BatchOptions options) {
        this.data = Objects.requireNonNull(data, "data");
        this.options = Objects.requireNonNull(options, "options");
        this.seeds = new SeedStreams(options.seed());
    }

    /** Batches per epoch, counting a smaller last batch. */
    public int batchesPerEpoch() {
        return (int) ((data.size() + (long) options.batchSize() - 1) / options.batchSize());
    }

    /** The image order of epoch {@code epoch} (0-based): a seeded permutation, or 0..n-1 without shuffling. */
    public int[] order(int epoch) {
        int n = data.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (options.shuffle()) {
            SplittableRandom random = new SplittableRandom(seeds.shuffling(epoch));
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
        }
        return order;
    }

    /** An iterator over the batches of epoch {@code epoch} (0-based); every call returns the same reused batch. */
    public Iterator<Batch> epoch(int epoch) {
        return new EpochIterator(order(epoch), new SplittableRandom(seeds.augmentation(epoch)));
    }

    private final class EpochIterator implements Iterator<Batch> {

        private final int[] order;
        private final SplittableRandom augmentRandom;
        private final Batch batch;
        private final float[] image;
        private final Augmenter augmenter;
        private int position;

        EpochIterator(int[] order, SplittableRandom augmentRandom) {
            this.order = order;
            this.augmentRandom = augmentRandom;
            int capacity = Math.min(options.batchSize(), Math.max(1, data.size()));
            this.batch = new Batch(capacity, data.height(), data.width(), data.isLabelled());
            this.image = new float[data.pixelsPerImage()];
            this.augmenter = options.augmentation().isActive()
                    ? new Augmenter(options.augmentation(), data.height(), data.width()) : null;
        }

        @Override
        public boolean hasNext() {
            return position < order.length;
        }

        @Override
        public Batch next() {
            if (!hasNext()) {
                throw new NoSuchElementException("Epoch has no more batches");
            }
            int size = Math.min(options.batchSize(), order.length - position);
            int pixels = data.pixelsPerImage();
            float[] features = batch.features();
            for (int b = 0; b < size; b++) {
                int index = order[position + b];
                if (augmenter != null) {
                    data.copyImage(index, image, 0);
                    augmenter.apply(image, features, b * pixels, augmentRandom);
                } else {
                    data.copyImage(index, features, b * pixels);
                }
                if (data.isLabelled()) {
                    batch.labels()[b] = data.label(index);
                }
            }
            batch.setSize(size);
            position += size;
            return batch;
        }
    }
}
