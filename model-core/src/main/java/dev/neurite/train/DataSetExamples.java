package dev.neurite.train;

import dev.neurite.data.DataSet;

/**
 * A labelled {@link DataSet} seen as {@link Examples}: pixels scaled to [0, 1], one float per pixel, in the data
 * set's layout (NHWC with one channel, or flat). Immutable, like the data set.
 */
public final class DataSetExamples implements Examples {

    private final DataSet data;

    /** @throws IllegalArgumentException if the set has no labels */
    public DataSetExamples(DataSet data) {
        if (!data.isLabelled()) {
            throw new IllegalArgumentException("Data set '" + data.name() + "' has no labels to train or evaluate on");
        }
        this.data = data;
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public int featuresPerSample() {
        return data.pixelsPerImage();
    }

    @Override
    public int classCount() {
        return data.classCount();
    }

    @Override
    public int label(int index) {
        return data.label(index);
    }

    @Override
    public void copyFeatures(int index, float[] target, int offset) {
        data.copyImage(index, target, offset);
    }
}
