package dev.neurite.data.preprocess;

import dev.neurite.data.DataException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;

/**
 * Conversions into {@link GreyImage} (intensity in [0, 1], 0 = black) from pixel arrays and image files. The file
 * reader uses {@code javax.imageio} internally; no AWT type appears in this API. Stateless and thread-safe.
 */
public final class Images {

    /** The largest image accepted from a file, in pixels (a 64-megapixel photo). */
    public static final long MAX_PIXELS = 64L * 1024 * 1024;

    private Images() {
    }

    /** From packed ARGB ({@code 0xAARRGGBB}); luminance with Rec. 601 weights, composited over white. */
    public static GreyImage fromArgb(int[] argb, int width, int height) {
        Objects.requireNonNull(argb, "argb");
        requireSize(argb.length, width, height);
        float[] grey = new float[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int pixel = argb[i];
            float alpha = (pixel >>> 24) / 255f;
            float luminance = (0.299f * ((pixel >> 16) & 0xFF) + 0.587f * ((pixel >> 8) & 0xFF)
                    + 0.114f * (pixel & 0xFF)) / 255f;
            grey[i] = alpha * luminance + (1 - alpha);
        }
        return GreyImage.wrap(width, height, grey);
    }

    /** From 8-bit grey values, 0 = black, 255 = white. */
    public static GreyImage fromGrey(byte[] grey, int width, int height) {
        Objects.requireNonNull(grey, "grey");
        requireSize(grey.length, width, height);
        float[] values = new float[grey.length];
        for (int i = 0; i < grey.length; i++) {
            values[i] = (grey[i] & 0xFF) / 255f;
        }
        return GreyImage.wrap(width, height, values);
    }

    /**
     * Reads a PNG, JPEG, GIF or BMP file as grey.
     *
     * @throws DataException if the file is missing, not an image Java can decode, or larger than {@link #MAX_PIXELS}
     */
    public static GreyImage read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("Image file '" + file + "' does not exist or is not a file.");
        }
        BufferedImage image = decode(file);
        int width = image.getWidth();
        int height = image.getHeight();
        return fromArgb(image.getRGB(0, 0, width, height, null, 0, width), width, height);
    }

    /** Decodes the first image of {@code file}, checking its size from the header before decoding the pixels. */
    private static BufferedImage decode(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new DataException("'" + file + "' is not an image Neurite can read; use a PNG, JPEG, GIF or "
                        + "BMP file.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new DataException("Image '" + file + "' is " + reader.getWidth(0) + "x"
                            + reader.getHeight(0) + " pixels, more than the " + MAX_PIXELS
                            + " Neurite reads; scale it down first.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DataException dataException) {
                throw dataException;
            }
            throw new DataException("Cannot read image '" + file + "': " + e.getMessage()
                    + ". Use an intact PNG, JPEG, GIF or BMP file.", e);
        }
    }

    private static void requireSize(int length, int width, int height) {
        if (width <= 0 || height <= 0 || (long) width * height != length) {
            throw new IllegalArgumentException("A " + width + "x" + height + " image needs "
                    + (long) width * height + " pixels; got " + length);
        }
    }
}
