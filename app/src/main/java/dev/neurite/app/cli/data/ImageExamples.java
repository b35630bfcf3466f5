package dev.neurite.app.cli.data;

import dev.neurite.train.Examples;

/**
 * Labelled grey images held as unsigned bytes (a quarter of the memory of floats); features are {@code value / 255}.
 * Immutable.
 */
final class ImageExamples implements Examples {

    private final byte[] pixels;
    private final byte[] labels;
    private final int perImage;
    private final int classCount;

    ImageExamples(byte[] pixels, byte[] labels, int perImage, int classCount) {
        this.pixels = pixels;
        this.labels = labels;
        this.perImage = perImage;
        this.classCount = classCount;
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int featuresPerSample() {
        return perImage;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public int label(int index) {
        return labels[index] & 0xff;
    }

    @Override
    public void copyFeatures(int index, float[] target, int offset) {
        int start = index * perImage;
        for (int i = 0; i < perImage; i++) {
            target[offset + i] = (pixels[start + i] & 0xff) / 255f;
        }
    }
}
