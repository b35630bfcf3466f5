package dev.neurite.train;

import dev.neurite.data.DataSet;

import java.util.Objects;

/**
 * A labelled {@link DataSet} as the engine reads it: each image's pixels as {@code value / 255} (so in [0, 1]), row
 * after row, one channel. Immutable and safe to read from several threads, as the data set is.
 */
public final class DataSetExamples implements Examples {

    private final DataSet set;
    private final int[] labels;

    /** @throws IllegalArgumentException if {@code set} has no labels */
    public DataSetExamples(DataSet set) {
        this.set = Objects.requireNonNull(set, "set");
        if (!set.isLabelled()) {
            throw new IllegalArgumentException("Data set '" + set.name() + "' has no labels, so it cannot be trained "
                    + "or evaluated on");
        }
        this.labels = set.labels();
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int featuresPerSample() {
        return set.pixelsPerImage();
    }

    @Override
    public int classCount() {
        return set.classCount();
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copyFeatures(int index, float[] target, int offset) {
        set.copyImage(index, target, offset);
    }
}
