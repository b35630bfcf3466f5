package dev.neurite.data.batch;

/**
 * One batch of inputs and labels, in buffers that the {@link BatchPipeline} reuses: the content is valid until the
 * next call to {@code next()} of the same epoch iterator. Copy what must be kept. Belongs to the thread that iterates.
 *
 * <p><b>Layout.</b> {@link #features()} holds {@code size() * height * width} floats in [0, 1] from index 0: NHWC
 * {@code [size, height, width, 1]} and flat {@code [size, height * width]} are the same memory, so the engine picks
 * the shape it needs. The arrays have the capacity of a full batch; entries past {@code size()} are stale.
 */
public final class Batch {

    private final float[] features;
    private final int[] labels;
    private final int height;
    private final int width;
    private int size;

    Batch(int capacity, int height, int width, boolean withLabels) {
        this.features = new float[capacity * height * width];
        this.labels = withLabels ? new int[capacity] : new int[0];
        this.height = height;
        this.width = width;
    }

    void setSize(int newSize) {
        this.size = newSize;
    }

    /** Images in this batch (the last batch of an epoch may hold fewer than the batch size). */
    public int size() {
        return size;
    }

    /** Floats per image: {@code height * width}. */
    public int pixelsPerImage() {
        return height * width;
    }

    /** The shared input buffer; see the class description. Do not modify. */
    public float[] features() {
        return features;
    }

    /** The shared integer labels buffer ({@code size()} valid entries); empty for unlabelled data. */
    public int[] labels() {
        return labels;
    }
}
