package dev.neurite.train;

import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Small synthetic classification data for tests: each class is a noisy blob around its own random centre. */
public final class Synthetic {

    private Synthetic() {
    }

    /**
     * {@code count} labelled images of {@code height x width} pixels (0-255), {@code classes} classes, label
     * {@code i % classes}, deterministic per seed.
     */
    public static DataSet blobs(int count, int height, int width, int classes, long seed) {
        int features = height * width;
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[classes][features];
        for (double[] centre : centres) {
            for (int j = 0; j < features; j++) {
                centre[j] = random.nextDouble();
            }
        }
        byte[] pixels = new byte[count * features];
        int[] labels = new int[count];
        SplittableRandom noise = new SplittableRandom(seed + 1);
        for (int i = 0; i < count; i++) {
            labels[i] = i % classes;
            for (int j = 0; j < features; j++) {
                double v = centres[labels[i]][j] + (noise.nextDouble() - 0.5) * 0.6;
                pixels[i * features + j] = (byte) Math.round(255 * Math.min(1, Math.max(0, v)));
            }
        }
        List<String> names = IntStream.range(0, classes).mapToObj(Integer::toString).toList();
        return DataSet.labelled("blobs", height, width, pixels, labels, names, Provenance.inMemory("synthetic"));
    }
}
