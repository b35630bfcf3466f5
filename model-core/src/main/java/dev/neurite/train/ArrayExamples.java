package dev.neurite.train;

import java.util.Objects;

/** {@link Examples} held in arrays (tests, small sets). Immutable: the arrays are copied. */
public final class ArrayExamples implements Examples {

    private final float[] features;
    private final int[] labels;
    private final int perSample;
    private final int classCount;

    /**
     * @param features   {@code labels.length * perSample} values, sample after sample
     * @param labels     one label per sample, each in {@code [0, classCount)}
     * @param perSample  features per sample
     * @param classCount number of classes
     */
    public ArrayExamples(float[] features, int[] labels, int perSample, int classCount) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        if ((long) labels.length * perSample != features.length) {
            throw new IllegalArgumentException(labels.length + " labels need " + (long) labels.length * perSample
                    + " features; got " + features.length);
        }
        for (int label : labels) {
            if (label < 0 || label >= classCount) {
                throw new IllegalArgumentException("Label " + label + " outside [0, " + classCount + ")");
            }
        }
        this.features = features.clone();
        this.labels = labels.clone();
        this.perSample = perSample;
        this.classCount = classCount;
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int featuresPerSample() {
        return perSample;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copyFeatures(int index, float[] target, int offset) {
        System.arraycopy(features, index * perSample, target, offset, perSample);
    }
}
