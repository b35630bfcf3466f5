package dev.neurite.data.idx;

import java.util.Arrays;
import java.util.Objects;

/**
 * The content of one IDX file of unsigned bytes: its dimensions and its data in row-major order (last dimension
 * fastest), and the SHA-256 of the file's bytes as stored (before any gzip decompression). Immutable: the accessors
 * copy.
 */
public final class IdxArray {

    private final int[] dimensions;
    private final byte[] data;
    private final String sha256;

    IdxArray(int[] dimensions, byte[] data, String sha256) {
        this.dimensions = dimensions.clone();
        this.data = data;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
    }

    /** The dimensions, outermost first (e.g. {@code [60000, 28, 28]}). */
    public int[] dimensions() {
        return dimensions.clone();
    }

    public int rank() {
        return dimensions.length;
    }

    /** Size of dimension {@code index}. */
    public int dimension(int index) {
        return dimensions[index];
    }

    /** A copy of the data bytes (unsigned values 0..255). */
    public byte[] data() {
        return data.clone();
    }

    /** The data without copying, for readers in this package that copy it once into a data set. */
    byte[] rawData() {
        return data;
    }

    /** The number of data bytes. */
    public int length() {
        return data.length;
    }

    /** Unsigned value 0..255 of element {@code index} in row-major order. */
    public int unsigned(int index) {
        return data[index] & 0xFF;
    }

    /** SHA-256 of the file as stored, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    @Override
    public String toString() {
        return "IdxArray" + Arrays.toString(dimensions);
    }
}
