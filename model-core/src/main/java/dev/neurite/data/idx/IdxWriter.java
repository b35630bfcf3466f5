package dev.neurite.data.idx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Writes IDX files of unsigned bytes, raw or gzip-compressed. The gzip output has no time stamp, so the same
 * content always gives the same bytes (and the same SHA-256). Stateless.
 */
public final class IdxWriter {

    private IdxWriter() {
    }

    /** The raw IDX bytes of {@code data} shaped {@code dimensions} (row-major, last dimension fastest). */
    public static byte[] raw(int[] dimensions, byte[] data) {
        long expected = 1;
        for (int dimension : dimensions) {
            if (dimension <= 0) {
                throw new IllegalArgumentException("IDX dimensions must be positive; got " + dimension);
            }
            expected *= dimension;
        }
        if (dimensions.length == 0 || dimensions.length > 255 || expected != data.length) {
            throw new IllegalArgumentException("IDX data of " + data.length + " bytes does not match "
                    + dimensions.length + " dimensions with " + expected + " elements");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 + 4 * dimensions.length + data.length);
        out.write(0);
        out.write(0);
        out.write(IdxReader.UNSIGNED_BYTE);
        out.write(dimensions.length);
        for (int dimension : dimensions) {
            out.write(dimension >>> 24);
            out.write(dimension >>> 16);
            out.write(dimension >>> 8);
            out.write(dimension);
        }
        out.write(data, 0, data.length);
        return out.toByteArray();
    }

    /** The gzip-compressed IDX bytes of {@code data}. */
    public static byte[] gzip(int[] dimensions, byte[] data) {
        return gzip(raw(dimensions, data));
    }

    /** Gzip-compresses {@code bytes} (Java writes a fixed header with no time stamp). */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
