package dev.neurite.app.cli.data;

import dev.neurite.NeuriteException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * A minimal reader of unsigned-byte IDX files (MNIST's format), raw or gzip-compressed, for the command line until
 * the data module's reader is merged. Validates the magic number, the dimensions and the length. Stateless.
 */
final class IdxFile {

    private static final int UNSIGNED_BYTE = 0x08;
    private static final long MAX_BYTES = 1L << 30;

    private IdxFile() {
    }

    /** The dimensions and the bytes of an IDX file. */
    record Content(int[] dims, byte[] data) {
    }

    static Content read(Path file) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw;
            DataInputStream data = new DataInputStream(in);
            int magic = data.readInt();
            if ((magic >>> 16) != 0 || ((magic >> 8) & 0xff) != UNSIGNED_BYTE || (magic & 0xff) < 1
                    || (magic & 0xff) > 4) {
                throw new NeuriteException("'" + file + "' is not an IDX file of unsigned bytes (magic number "
                        + Integer.toHexString(magic) + ").");
            }
            int[] dims = new int[magic & 0xff];
            long length = 1;
            for (int i = 0; i < dims.length; i++) {
                dims[i] = data.readInt();
                if (dims[i] <= 0) {
                    throw new NeuriteException("'" + file + "' has a dimension of " + dims[i] + ".");
                }
                length *= dims[i];
            }
            if (length > MAX_BYTES) {
                throw new NeuriteException("'" + file + "' declares " + length + " values, more than Neurite reads.");
            }
            byte[] bytes = new byte[(int) length];
            data.readFully(bytes);
            return new Content(dims, bytes);
        } catch (EOFException e) {
            throw new NeuriteException("'" + file + "' is shorter than its header says (truncated download?).", e);
        } catch (IOException e) {
            throw new NeuriteException("Cannot read '" + file + "': " + e.getMessage(), e);
        }
    }
}
