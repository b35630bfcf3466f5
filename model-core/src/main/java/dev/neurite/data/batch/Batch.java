package dev.neurite.data.batch;

/**
 * One batch of inputs and labels, in buffers that the {@link BatchPipeline} reuses: the content is valid until the
 * next call to {@code next()} of the same epoch iterator. Copy what must be kept.
 *
 * <p><b>Layout.</b> {@link #features()} holds {@code size() * height * width} floats from index 0: NHWC
 * {@code [size, height, width, 1]} and flat {@code [size, height * width]} are the same memory, so the engine picks
 * the shape it needs ({@link #nhwcShape()}, {@link #flatShape()}). The arrays have the capacity of a full batch;
 * entries past {@code size()} are stale. {@link #oneHot()} holds {@code size() * classes} floats when one-hot labels
 * were asked for, else it is empty.
 */
public final class Batch {

    private final float[] features;
    private final int[] labels;
    private final float[] oneHot;
    private final int height;
    private final int width;
    private final int classes;
    private int size;

    Batch(int capacity, int height, int width, int classes, boolean withLabels, boolean withOneHot) {
        this.features = new float[capacity * height * width];
        this.labels = withLabels ? new int[capacity] : new int[0];
        this.oneHot = withOneHot ? new float[capacity * classes] : new float[0];
        this.height = height;
        this.width = width;
        this.classes = classes;
    }

    void setSize(int newSize) {
        this.size = newSize;
    }

    /** Images in this batch (the last batch of an epoch may hold fewer than the batch size). */
    public int size() {
        return size;
    }

    /** The shared input buffer; see the class description. Do not modify. */
    public float[] features() {
        return features;
    }

    /** The shared integer labels buffer ({@code size()} valid entries); empty for unlabelled data. */
    public int[] labels() {
        return labels;
    }

    /** The shared one-hot buffer ({@code size() * classCount()} valid entries); empty unless asked for. */
    public float[] oneHot() {
        return oneHot;
    }

    public int classCount() {
        return classes;
    }

    /** {@code [size, height, width, 1]}. */
    public int[] nhwcShape() {
        return new int[] {size, height, width, 1};
    }

    /** {@code [size, height * width]}. */
    public int[] flatShape() {
        return new int[] {size, height * width};
    }
}
