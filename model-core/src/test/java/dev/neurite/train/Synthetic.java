package dev.neurite.train;

import java.util.SplittableRandom;

/** Small synthetic classification data for tests: each class is a noisy blob around its own random centre. */
public final class Synthetic {

    private Synthetic() {
    }

    /** {@code count} samples of {@code features} values in [0, 1], {@code classes} classes, deterministic per seed. */
    public static ArrayExamples blobs(int count, int features, int classes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[classes][features];
        for (float[] centre : centres) {
            for (int j = 0; j < features; j++) {
                centre[j] = (float) random.nextDouble();
            }
        }
        float[] values = new float[count * features];
        int[] labels = new int[count];
        SplittableRandom noise = new SplittableRandom(seed + 1);
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
            for (int j = 0; j < features; j++) {
                double v = centres[labels[i]][j] + (noise.nextDouble() - 0.5) * 0.6;
                values[i * features + j] = (float) Math.min(1, Math.max(0, v));
            }
        }
        return new ArrayExamples(values, labels, features, classes);
    }
}
