package dev.neurite.data.idx;

import dev.neurite.data.DataException;
import dev.neurite.data.Sha256;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files of unsigned bytes (the MNIST format), raw or gzip-compressed (recognised by the gzip magic bytes,
 * not by the file name), and refuses anything else with an {@link IdxFormatException} whose message names the file
 * and the problem.
 *
 * <p>Checks, in order: the magic number (two zero bytes), the element type (only {@code 0x08}, unsigned byte), the
 * rank (1 to {@link IdxLimits#maxRank()}), each dimension (positive), the product of the dimensions (computed with
 * overflow checks and compared against {@link IdxLimits#maxElements()} before anything is allocated), and the exact
 * length: a file that ends early or has bytes after the declared data is refused.
 *
 * <p>Stateless and thread-safe; each call reads on the calling thread.
 */
public final class IdxReader {

    /** The element type code of unsigned bytes, the only one read. */
    public static final int UNSIGNED_BYTE = 0x08;

    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final IdxLimits limits;

    public IdxReader() {
        this(IdxLimits.DEFAULT);
    }

    public IdxReader(IdxLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads {@code file}; a missing or unreadable file is a {@link DataException} too. */
    public IdxArray read(Path file) {
        String name = file.toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new DataException("'" + name + "' is not an IDX file (it is a folder, a device or a pipe).");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DataException("IDX file '" + name + "' does not exist.");
        } catch (IOException e) {
            throw new DataException("Cannot read IDX file '" + name + "': " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, size);
        } catch (IOException e) {
            throw new DataException("Cannot read IDX file '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Reads IDX content held in memory; {@code name} is used in messages. */
    public IdxArray read(byte[] content, String name) {
        try {
            return read(new ByteArrayInputStream(content), name, content.length);
        } catch (IOException e) {
            throw new IllegalStateException("Reading memory failed", e);
        }
    }

    /**
     * Reads one IDX file from {@code in} (not closed).
     *
     * @param storedLength the number of bytes {@code in} holds, or -1 if unknown; lets a raw file's length be checked
     *                     against its header before the data is allocated
     * @throws IOException only for failures of {@code in} itself, never for malformed content
     */
    public IdxArray read(InputStream in, String name, long storedLength) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        DigestInputStream hashed = new DigestInputStream(in, digest);
        BufferedInputStream buffered = new BufferedInputStream(hashed, 64 * 1024);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        boolean gzip = first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
        if (gzip) {
            return readGzip(buffered, name, digest);
        }
        Parsed parsed = readContent(buffered, name, storedLength);
        return new IdxArray(parsed.dimensions(), parsed.data(), Sha256.hex(digest.digest()));
    }

    /** Dimensions and data of a file that passed every check. */
    private record Parsed(int[] dimensions, byte[] data) {
    }

    private IdxArray readGzip(InputStream in, String name, MessageDigest digest) throws IOException {
        try {
            GZIPInputStream unzipped = new GZIPInputStream(in, 64 * 1024);
            Parsed parsed = readContent(unzipped, name, -1);
            drain(in);
            return new IdxArray(parsed.dimensions(), parsed.data(), Sha256.hex(digest.digest()));
        } catch (ZipException | EOFException e) {
            throw new IdxFormatException("IDX file '" + name + "' is not a valid gzip file (" + e.getMessage()
                    + "); it is corrupt or truncated: download or copy it again.", e);
        }
    }

    private Parsed readContent(InputStream in, String name, long storedLength) throws IOException {
        byte[] header = new byte[4];
        int headerRead = readFully(in, header, 0, 4);
        if (headerRead < 4) {
            throw new IdxFormatException("IDX file '" + name + "' is only " + headerRead
                    + " bytes long; an IDX file starts with a 4-byte magic number. Is it empty or truncated?");
        }
        if (header[0] != 0 || header[1] != 0) {
            throw new IdxFormatException("'" + name + "' is not an IDX file: it must start with two zero bytes, but "
                    + "starts with " + hex(header[0]) + " " + hex(header[1]) + ".");
        }
        int type = header[2] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException("IDX file '" + name + "' holds " + typeName(type) + " elements (type "
                    + hex(header[2]) + "); Neurite reads only unsigned bytes (type 0x08), as in MNIST.");
        }
        int rank = header[3] & 0xFF;
        if (rank < 1 || rank > limits.maxRank()) {
            throw new IdxFormatException("IDX file '" + name + "' declares " + rank
                    + " dimensions; Neurite reads 1 to " + limits.maxRank() + ".");
        }
        byte[] sizes = new byte[4 * rank];
        int sizesRead = readFully(in, sizes, 0, sizes.length);
        if (sizesRead < sizes.length) {
            throw new IdxFormatException("IDX file '" + name + "' ends inside its header (after " + (4 + sizesRead)
                    + " of " + (4 + sizes.length) + " bytes); it is truncated.");
        }
        int[] dimensions = new int[rank];
        long elements = 1;
        for (int d = 0; d < rank; d++) {
            int value = ((sizes[4 * d] & 0xFF) << 24) | ((sizes[4 * d + 1] & 0xFF) << 16)
                    | ((sizes[4 * d + 2] & 0xFF) << 8) | (sizes[4 * d + 3] & 0xFF);
            if (value <= 0) {
                throw new IdxFormatException("IDX file '" + name + "' declares dimension " + (d + 1) + " as "
                        + Integer.toUnsignedString(value) + "; every dimension must be between 1 and "
                        + Integer.MAX_VALUE + ".");
            }
            dimensions[d] = value;
            elements = multiplyCapped(elements, value);
            if (elements > limits.maxElements()) {
                throw new IdxFormatException("IDX file '" + name + "' declares dimensions "
                        + Arrays.toString(Arrays.copyOf(dimensions, d + 1)).replace(", ", "x")
                        + (d + 1 < rank ? "..." : "") + ": more than the limit of " + limits.maxElements()
                        + " values. It is corrupt or not a data set Neurite can load.");
            }
        }
        long headerLength = 4L + 4L * rank;
        if (storedLength >= 0 && storedLength != headerLength + elements) {
            String how = storedLength < headerLength + elements ? "truncated" : "followed by unexpected bytes";
            throw new IdxFormatException("IDX file '" + name + "' is " + storedLength + " bytes long, but its header "
                    + describe(dimensions) + " needs exactly " + (headerLength + elements) + " bytes: the file is "
                    + how + ".");
        }
        byte[] data = new byte[(int) elements];
        int dataRead = readFully(in, data, 0, data.length);
        if (dataRead < data.length) {
            throw new IdxFormatException("IDX file '" + name + "' ends after " + dataRead + " of the " + data.length
                    + " data bytes its header " + describe(dimensions) + " declares: it is truncated.");
        }
        if (in.read() != -1) {
            throw new IdxFormatException("IDX file '" + name + "' has more bytes after the " + data.length
                    + " data bytes its header " + describe(dimensions) + " declares: it is corrupt or not one IDX "
                    + "file.");
        }
        return new Parsed(dimensions, data);
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) != -1) {
            // reading to the end completes the digest of the stored bytes
        }
    }

    private static long multiplyCapped(long product, int factor) {
        try {
            return Math.multiplyExact(product, factor);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    private static int readFully(InputStream in, byte[] target, int offset, int length) throws IOException {
        int total = 0;
        while (total < length) {
            int read = in.read(target, offset + total, length - total);
            if (read == -1) {
                break;
            }
            total += read;
        }
        return total;
    }

    private static String describe(int[] dimensions) {
        StringBuilder text = new StringBuilder("(");
        for (int d = 0; d < dimensions.length; d++) {
            text.append(d == 0 ? "" : "x").append(dimensions[d]);
        }
        return text.append(")").toString();
    }

    private static String hex(byte value) {
        return String.format("0x%02X", value & 0xFF);
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x09 -> "signed byte";
            case 0x0B -> "16-bit integer";
            case 0x0C -> "32-bit integer";
            case 0x0D -> "32-bit float";
            case 0x0E -> "64-bit float";
            default -> "unknown";
        };
    }
}
