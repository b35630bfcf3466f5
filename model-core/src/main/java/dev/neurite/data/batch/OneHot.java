package dev.neurite.data.batch;

/** One-hot encoding of labels, for losses such as categorical cross-entropy. Stateless. */
public final class OneHot {

    private OneHot() {
    }

    /** A new vector of {@code classes} zeros with a 1 at {@code label} (e.g. label 3 of 10 -> 0,0,0,1,0,...). */
    public static float[] encode(int label, int classes) {
        float[] vector = new float[classes];
        encodeInto(label, classes, vector, 0);
        return vector;
    }

    /** Writes the one-hot vector of {@code label} into {@code target[offset .. offset + classes)}. */
    public static void encodeInto(int label, int classes, float[] target, int offset) {
        if (classes <= 0) {
            throw new IllegalArgumentException("Class count must be positive; got " + classes);
        }
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException("Label must be in [0, " + classes + "); got " + label);
        }
        java.util.Arrays.fill(target, offset, offset + classes, 0f);
        target[offset + label] = 1f;
    }
}
