package dev.neurite.data.preprocess;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable grey image: {@code width * height} floats, row after row ({@code pixels[y * width + x]}). Values are
 * intensities; images made by {@link DigitPreprocessor} hold ink in [0, 1] (0 = background, 1 = full ink).
 */
public final class GreyImage {

    private final int width;
    private final int height;
    private final float[] pixels;

    /** Copies {@code pixels}, which must hold exactly {@code width * height} finite values. */
    public GreyImage(int width, int height, float[] pixels) {
        this(width, height, pixels.clone(), true);
    }

    private GreyImage(int width, int height, float[] pixels, boolean validate) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Image size must be positive; got " + width + "x" + height);
        }
        Objects.requireNonNull(pixels, "pixels");
        if (pixels.length != (long) width * height) {
            throw new IllegalArgumentException("A " + width + "x" + height + " image needs " + (long) width * height
                    + " pixels; got " + pixels.length);
        }
        if (validate) {
            for (float value : pixels) {
                if (!Float.isFinite(value)) {
                    throw new IllegalArgumentException("Image pixels must be finite; got " + value);
                }
            }
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** Takes ownership of {@code pixels} (code in this package that has just computed them). */
    static GreyImage wrap(int width, int height, float[] pixels) {
        return new GreyImage(width, height, pixels, false);
    }

    /** An all-zero image. */
    public static GreyImage blank(int width, int height) {
        return new GreyImage(width, height, new float[width * height], false);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The value at column {@code x}, row {@code y}. */
    public float get(int x, int y) {
        Objects.checkIndex(x, width);
        Objects.checkIndex(y, height);
        return pixels[y * width + x];
    }

    /** A copy of the pixels, row after row. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** The pixels without copying, for this package's own computations. */
    float[] raw() {
        return pixels;
    }

    /** Pixels scaled by 255 and rounded to unsigned bytes (values outside [0, 1] are clamped). */
    public byte[] toBytes() {
        byte[] bytes = new byte[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            bytes[i] = (byte) Math.round(Math.max(0f, Math.min(1f, pixels[i])) * 255f);
        }
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GreyImage that && width == that.width && height == that.height
                && Arrays.equals(pixels, that.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "GreyImage[" + width + "x" + height + "]";
    }
}
