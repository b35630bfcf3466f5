package dev.neurite.engine;

/**
 * Turns integer labels into the target values a loss compares with the model's output, and counts correct
 * predictions the way Keras's {@code accuracy} metric does for that output. Stateless.
 *
 * <p>With one output value per sample the label is the target (0 or 1, binary classification) and a prediction
 * counts as correct when {@code (p > 0.5) == label}; with several the target is the one-hot row of the label (for the
 * sparse loss too: its value equals categorical cross-entropy on one-hot rows) and a prediction is correct when its
 * largest value is at the label.
 */
public final class Targets {

    private Targets() {
    }

    /** {@code labels.length * width} target values, sample after sample. */
    public static double[] encode(int[] labels, int count, int width) {
        double[] targets = new double[count * width];
        for (int i = 0; i < count; i++) {
            if (width == 1) {
                targets[i] = labels[i];
            } else {
                targets[i * width + labels[i]] = 1;
            }
        }
        return targets;
    }

    /** The index of the largest of the {@code width} values of sample {@code sample}. */
    public static int argmax(double[] predictions, int sample, int width) {
        int best = 0;
        int offset = sample * width;
        for (int j = 1; j < width; j++) {
            if (predictions[offset + j] > predictions[offset + best]) {
                best = j;
            }
        }
        return best;
    }

    /** The class predicted for a sample: the argmax, or 0/1 by the 0.5 threshold for a single output. */
    public static int predictedClass(double[] predictions, int sample, int width) {
        return width == 1 ? (predictions[sample] > 0.5 ? 1 : 0) : argmax(predictions, sample, width);
    }

    /** The number of the first {@code count} samples whose predicted class equals the label. */
    public static int correct(double[] predictions, int[] labels, int count, int width) {
        int correct = 0;
        for (int i = 0; i < count; i++) {
            if (predictedClass(predictions, i, width) == labels[i]) {
                correct++;
            }
        }
        return correct;
    }
}
