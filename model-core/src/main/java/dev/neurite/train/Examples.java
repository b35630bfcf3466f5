package dev.neurite.train;

/**
 * Labelled samples as the engine reads them: each sample's features as floats (an image's pixels row after row,
 * channels last, usually in [0, 1]) and an integer class label. Implementations must be safe to read from the
 * training thread while other threads also read (immutable data).
 */
public interface Examples {

    /** The number of samples. */
    int size();

    /** The number of float features of one sample (784 for a 28x28 grey image). */
    int featuresPerSample();

    /** The number of classes; labels lie in {@code [0, classCount)}. */
    int classCount();

    /** The label of sample {@code index}. */
    int label(int index);

    /** Writes sample {@code index}'s features into {@code target} from {@code offset}. */
    void copyFeatures(int index, float[] target, int offset);

    /** The samples {@code [from, to)} as a view. */
    default Examples range(int from, int to) {
        Examples whole = this;
        if (from < 0 || to > size() || from > to) {
            throw new IllegalArgumentException("Range [" + from + ", " + to + ") outside [0, " + size() + ")");
        }
        return new Examples() {
            @Override
            public int size() {
                return to - from;
            }

            @Override
            public int featuresPerSample() {
                return whole.featuresPerSample();
            }

            @Override
            public int classCount() {
                return whole.classCount();
            }

            @Override
            public int label(int index) {
                return whole.label(from + index);
            }

            @Override
            public void copyFeatures(int index, float[] target, int offset) {
                whole.copyFeatures(from + index, target, offset);
            }
        };
    }
}
