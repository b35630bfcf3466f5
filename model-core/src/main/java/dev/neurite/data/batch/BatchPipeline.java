package dev.neurite.data.batch;

import dev.neurite.data.DataSet;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Cuts a {@link DataSet} into float batches for training or evaluation: a seeded shuffle per epoch, pixel scaling,
 * optional one-hot labels and optional augmentation. Plain {@code float[]}/{@code int[]} arrays (no ND4J), reused
 * across batches: an epoch allocates nothing after its first batch.
 *
 * <p>Replayable: the same data, options and epoch number give the same batches. Shuffling and augmentation draw from
 * separate generators derived from the seed and the epoch number.
 *
 * <p><b>Threading:</b> the pipeline itself is immutable and may be shared; each {@link #epoch} iterator and the
 * {@link Batch} it returns belong to the one thread that uses them.
 */
public final class BatchPipeline {

    private static final long SHUFFLE_STREAM = 0x5DEECE66DL;
    private static final long AUGMENT_STREAM = 0x9E3779B97F4A7C15L;

    private final DataSet data;
    private final BatchOptions options;

    public BatchPipeline(DataSet data, BatchOptions options) {
        this.data = Objects.requireNonNull(data, "data");
        this.options = Objects.requireNonNull(options, "options");
        if (options.oneHot() && !data.isLabelled()) {
            throw new IllegalArgumentException("One-hot labels need a labelled data set; '" + data.name()
                    + "' has no labels");
        }
    }

    public DataSet data() {
        return data;
    }

    public BatchOptions options() {
        return options;
    }

    /** Batches per epoch, counting a smaller last batch. */
    public int batchesPerEpoch() {
        return (data.size() + options.batchSize() - 1) / options.batchSize();
    }

    /** The image order of epoch {@code epoch} (0-based): a seeded permutation, or 0..n-1 without shuffling. */
    public int[] order(int epoch) {
        int n = data.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (options.shuffle()) {
            SplittableRandom random = generator(SHUFFLE_STREAM, epoch);
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
        return new EpochIterator(order(epoch), generator(AUGMENT_STREAM, epoch));
    }

    private SplittableRandom generator(long stream, int epoch) {
        return new SplittableRandom(options.seed() ^ stream ^ (epoch * 0xBF58476D1CE4E5B9L));
    }

    private final class EpochIterator implements Iterator<Batch> {

        private final int[] order;
        private final SplittableRandom augmentRandom;
        private final Batch batch;
        private final float[] raw;
        private final float[] lookup = new float[256];
        private final Augmenter augmenter;
        private int position;

        EpochIterator(int[] order, SplittableRandom augmentRandom) {
            this.order = order;
            this.augmentRandom = augmentRandom;
            int capacity = Math.min(options.batchSize(), Math.max(1, data.size()));
            this.batch = new Batch(capacity, data.height(), data.width(), data.classCount(), data.isLabelled(),
                    options.oneHot());
            this.raw = new float[data.pixelsPerImage()];
            for (int v = 0; v < 256; v++) {
                lookup[v] = options.scaling().apply(v);
            }
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
                data.copyRawImage(index, raw, 0);
                int offset = b * pixels;
                if (augmenter != null) {
                    augmenter.apply(raw, features, offset, augmentRandom);
                    for (int p = 0; p < pixels; p++) {
                        features[offset + p] = options.scaling().apply(features[offset + p]);
                    }
                } else {
                    for (int p = 0; p < pixels; p++) {
                        features[offset + p] = lookup[(int) raw[p]];
                    }
                }
                if (data.isLabelled()) {
                    int label = data.label(index);
                    batch.labels()[b] = label;
                    if (options.oneHot()) {
                        OneHot.encodeInto(label, data.classCount(), batch.oneHot(), b * data.classCount());
                    }
                }
            }
            batch.setSize(size);
            position += size;
            return batch;
        }
    }
}
