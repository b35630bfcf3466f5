package dev.neurite.eval;

import dev.neurite.data.DataSet;
import dev.neurite.train.Examples;

import java.util.Objects;

/**
 * A labelled {@link DataSet} read as {@link Examples}: features are the pixels divided by 255, row after row, which
 * serves both dense ({@code 784}) and image ({@code 28x28x1}) inputs. Immutable and thread-safe, like the set.
 */
public final class DataSetExamples implements Examples {

    private final DataSet set;

    /** @throws IllegalArgumentException if {@code set} has no labels */
    public DataSetExamples(DataSet set) {
        this.set = Objects.requireNonNull(set, "set");
        if (!set.isLabelled()) {
            throw new IllegalArgumentException("Data set '" + set.name() + "' has no labels, so it cannot be "
                    + "evaluated; give a labelled set.");
        }
    }

    /** The wrapped set. */
    public DataSet dataSet() {
        return set;
    }

    @Override
    public int size() {
        return set.size();
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
        return set.label(index);
    }

    @Override
    public void copyFeatures(int index, float[] target, int offset) {
        set.copyImage(index, target, offset);
    }
}
