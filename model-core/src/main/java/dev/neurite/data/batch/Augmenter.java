package dev.neurite.data.batch;

import dev.neurite.settings.Augmentation;

import java.util.SplittableRandom;

/**
 * Applies a random {@link Augmentation} to one image with bilinear sampling. Not thread-safe (it keeps its random
 * generator); one per pipeline thread.
 */
final class Augmenter {

    private final Augmentation augmentation;
    private final int height;
    private final int width;

    Augmenter(Augmentation augmentation, int height, int width) {
        this.augmentation = augmentation;
        this.height = height;
        this.width = width;
    }

    /** Writes a randomly transformed copy of {@code source} into {@code target[offset ..]}. */
    void apply(float[] source, float[] target, int offset, SplittableRandom random) {
        double angle = Math.toRadians(uniform(random, augmentation.rotationRange()));
        double shiftX = uniform(random, augmentation.widthShiftRange()) * width;
        double shiftY = uniform(random, augmentation.heightShiftRange()) * height;
        double zoom = 1 + uniform(random, augmentation.zoomRange());
        double cos = Math.cos(angle) / zoom;
        double sin = Math.sin(angle) / zoom;
        double centreX = width / 2.0;
        double centreY = height / 2.0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - centreX - shiftX;
                double dy = y + 0.5 - centreY - shiftY;
                double sourceX = cos * dx + sin * dy + centreX - 0.5;
                double sourceY = -sin * dx + cos * dy + centreY - 0.5;
                target[offset + y * width + x] = sample(source, sourceX, sourceY);
            }
        }
    }

    private float sample(float[] source, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        return (float) ((1 - fy) * ((1 - fx) * at(source, x0, y0) + fx * at(source, x0 + 1, y0))
                + fy * ((1 - fx) * at(source, x0, y0 + 1) + fx * at(source, x0 + 1, y0 + 1)));
    }

    private float at(float[] source, int x, int y) {
        return x < 0 || y < 0 || x >= width || y >= height ? 0f : source[y * width + x];
    }

    private static double uniform(SplittableRandom random, double range) {
        return range == 0 ? 0 : (random.nextDouble() * 2 - 1) * range;
    }
}
