package dev.neurite.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable set of grey images with optional integer labels, class names and provenance.
 *
 * <p><b>Layout.</b> Pixels are unsigned bytes (0 = background, 255 = full ink: white ink on black, as in MNIST),
 * stored image after image, each image row after row: the value of pixel ({@code row}, {@code column}) of image
 * {@code i} is at {@code i * height * width + row * width + column}. This one layout is at the same time
 * {@code [n, height, width]}, NHWC {@code [n, height, width, 1]} with a single channel, and flat
 * {@code [n, height * width]}, so {@link #toFloats()} and {@link #copyImage} serve both the image and the dense
 * input shapes without any reordering.
 *
 * <p><b>Labels.</b> A labelled set has one label per image in {@code [0, classCount)}. An unlabelled set (a Kaggle test
 * CSV, images to predict) has none: {@link #isLabelled()} says which.
 *
 * <p>Instances are immutable and safe to share between threads; accessors that return arrays return copies, except
 * where a method says it writes into the caller's array.
 */
public final class DataSet {

    /** {@code value / 255f} for every byte value: a table lookup per pixel is faster than a division (batches). */
    private static final float[] UNIT = new float[256];

    static {
        for (int value = 0; value < UNIT.length; value++) {
            UNIT[value] = value / 255f;
        }
    }

    private final String name;
    private final int height;
    private final int width;
    private final byte[] pixels;
    private final int[] labels;
    private final List<String> classNames;
    private final Provenance provenance;

    private DataSet(String name, int height, int width, byte[] pixels, int[] labels, List<String> classNames,
                    Provenance provenance) {
        this.name = Objects.requireNonNull(name, "name");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.classNames = List.copyOf(classNames);
        if (height <= 0 || width <= 0) {
            throw new IllegalArgumentException("Image size of data set '" + name + "' must be positive; got "
                    + height + "x" + width);
        }
        long perImage = (long) height * width;
        if (pixels.length % perImage != 0) {
            throw new IllegalArgumentException("Pixel count " + pixels.length + " of data set '" + name
                    + "' is not a multiple of " + height + "x" + width);
        }
        int count = (int) (pixels.length / perImage);
        if (this.classNames.isEmpty()) {
            throw new IllegalArgumentException("Data set '" + name + "' needs at least one class name");
        }
        if (labels != null) {
            if (labels.length != count) {
                throw new IllegalArgumentException("Data set '" + name + "' has " + count + " images but "
                        + labels.length + " labels");
            }
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] < 0 || labels[i] >= this.classNames.size()) {
                    throw new IllegalArgumentException("Label " + labels[i] + " of image " + i + " in data set '"
                            + name + "' is outside the " + this.classNames.size() + " classes");
                }
            }
        }
        this.height = height;
        this.width = width;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * A labelled data set. The arrays are copied.
     *
     * @param pixels unsigned bytes in the layout described on the class, {@code n * height * width} of them
     * @param labels {@code n} labels, each in {@code [0, classNames.size())}
     */
    public static DataSet labelled(String name, int height, int width, byte[] pixels, int[] labels,
                                   List<String> classNames, Provenance provenance) {
        return new DataSet(name, height, width, pixels.clone(), labels.clone(), classNames, provenance);
    }

    /** An unlabelled data set (images to predict); {@code classNames} are those a model would predict. */
    public static DataSet unlabelled(String name, int height, int width, byte[] pixels, List<String> classNames,
                                     Provenance provenance) {
        return new DataSet(name, height, width, pixels.clone(), null, classNames, provenance);
    }


    public String name() {
        return name;
    }

    /** The number of images. */
    public int size() {
        return pixels.length / (height * width);
    }

    /** Image height in pixels (rows). */
    public int height() {
        return height;
    }

    /** Image width in pixels (columns). */
    public int width() {
        return width;
    }

    /** {@code height * width}: the length of one flat image. */
    public int pixelsPerImage() {
        return height * width;
    }

    /** {@code [n, height, width, 1]}: the NHWC shape of {@link #toFloats()}. */
    public int[] nhwcShape() {
        return new int[] {size(), height, width, 1};
    }

    /** {@code [n, height * width]}: the flat shape of {@link #toFloats()}. */
    public int[] flatShape() {
        return new int[] {size(), height * width};
    }

    public boolean isLabelled() {
        return labels != null;
    }

    /** The class names, index = label. Never empty. */
    public List<String> classNames() {
        return classNames;
    }

    public int classCount() {
        return classNames.size();
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Pixel value 0..255 of image {@code index} at ({@code row}, {@code column}). */
    public int pixel(int index, int row, int column) {
        Objects.checkIndex(row, height);
        Objects.checkIndex(column, width);
        return pixels[Objects.checkIndex(index, size()) * pixelsPerImage() + row * width + column] & 0xFF;
    }

    /** Label of image {@code index}; throws {@link IllegalStateException} on an unlabelled set. */
    public int label(int index) {
        requireLabels();
        return labels[index];
    }

    /** A copy of all labels; throws {@link IllegalStateException} on an unlabelled set. */
    public int[] labels() {
        requireLabels();
        return labels.clone();
    }

    /** A copy of all pixels as unsigned bytes in the layout described on the class. */
    public byte[] pixelBytes() {
        return pixels.clone();
    }

    /**
     * Writes image {@code index} as {@code pixelsPerImage()} floats {@code value / 255} (so in [0, 1]) into
     * {@code target} from {@code offset}; allocates nothing.
     */
    public void copyImage(int index, float[] target, int offset) {
        int length = pixelsPerImage();
        int start = Objects.checkIndex(index, size()) * length;
        Objects.checkFromIndexSize(offset, length, target.length);
        for (int p = 0; p < length; p++) {
            target[offset + p] = UNIT[pixels[start + p] & 0xFF];
        }
    }

    /** All images as new floats in [0, 1]; shaped {@link #nhwcShape()} or {@link #flatShape()} alike. */
    public float[] toFloats() {
        float[] result = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            result[i] = UNIT[pixels[i] & 0xFF];
        }
        return result;
    }

    /** Images per class, index = label; throws {@link IllegalStateException} on an unlabelled set. */
    public int[] countsPerClass() {
        requireLabels();
        int[] counts = new int[classNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** The smallest and largest pixel value over all images, {@code {min, max}}; {@code {0, 0}} when empty. */
    public int[] pixelRange() {
        if (pixels.length == 0) {
            return new int[] {0, 0};
        }
        int min = 255;
        int max = 0;
        for (byte b : pixels) {
            int v = b & 0xFF;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new int[] {min, max};
    }

    /**
     * The mean of all pixel values of all images on the [0, 1] scale ({@code value / 255}); 0 when empty. One pass
     * over the bytes.
     */
    public double pixelMean() {
        return pixelMoments()[0];
    }

    /**
     * The population standard deviation of all pixel values of all images on the [0, 1] scale, as NumPy's
     * {@code x.std()} of {@code x / 255}; 0 when empty.
     */
    public double pixelStandardDeviation() {
        return pixelMoments()[1];
    }

    /** {@code {mean, standard deviation}} of {@code value / 255} from a histogram of the 256 byte values. */
    private double[] pixelMoments() {
        if (pixels.length == 0) {
            return new double[] {0, 0};
        }
        long[] histogram = new long[256];
        for (byte b : pixels) {
            histogram[b & 0xFF]++;
        }
        double sum = 0;
        for (int v = 0; v < 256; v++) {
            sum += histogram[v] * (v / 255.0);
        }
        double mean = sum / pixels.length;
        double squares = 0;
        for (int v = 0; v < 256; v++) {
            double d = v / 255.0 - mean;
            squares += histogram[v] * d * d;
        }
        return new double[] {mean, Math.sqrt(squares / pixels.length)};
    }

    /**
     * The images {@code [from, to)} as a new data set with the same name, classes and provenance (a validation split,
     * the first N samples of a quick run).
     */
    public DataSet range(int from, int to) {
        Objects.checkFromToIndex(from, to, size());
        int length = pixelsPerImage();
        return new DataSet(name, height, width, Arrays.copyOfRange(pixels, from * length, to * length),
                labels == null ? null : Arrays.copyOfRange(labels, from, to), classNames, provenance);
    }

    /** A new data set of the images at {@code indices}, in that order, with the same classes. */
    public DataSet subset(String subsetName, int[] indices, Provenance subsetProvenance) {
        int length = pixelsPerImage();
        byte[] chosen = new byte[indices.length * length];
        int[] chosenLabels = labels == null ? null : new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int source = Objects.checkIndex(indices[i], size());
            System.arraycopy(pixels, source * length, chosen, i * length, length);
            if (chosenLabels != null) {
                chosenLabels[i] = labels[source];
            }
        }
        return new DataSet(subsetName, height, width, chosen, chosenLabels, classNames, subsetProvenance);
    }

    private void requireLabels() {
        if (labels == null) {
            throw new IllegalStateException("Data set '" + name + "' has no labels");
        }
    }

    @Override
    public String toString() {
        return "DataSet[" + name + ", " + size() + " images of " + height + "x" + width + ", "
                + classNames.size() + " classes" + (isLabelled() ? "" : ", unlabelled") + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataSet that && height == that.height && width == that.width
                && name.equals(that.name) && Arrays.equals(pixels, that.pixels) && Arrays.equals(labels, that.labels)
                && classNames.equals(that.classNames) && provenance.equals(that.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, height, width, Arrays.hashCode(pixels), Arrays.hashCode(labels), classNames);
    }
}
