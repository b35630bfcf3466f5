package dev.neurite.format;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads an untrusted zip archive (a project file, a weights archive, a {@code .keras} model) entry by entry, in one
 * pass, never extracting anything to disk by an entry's name. The one hardened zip reader: every entry name must be
 * UTF-8 text and a plain relative path (no absolute path, drive letter, backslash, NUL, {@code .} or {@code ..}
 * segment) and appear once; there are at most {@code maxEntries} entries; each entry is read, skipped or copied up to
 * a limit the caller gives, and all of them together inflate to at most {@code maxTotalBytes}. A damaged or cut-short
 * archive is a {@link ModelFormatException} too. Every refusal names {@code source} and is one sentence.
 *
 * <p>Not thread-safe: one reader per archive, on one thread. Closing it closes the stream.
 */
public final class ArchiveReader implements Closeable {

    private final ZipInputStream zip;
    private final String source;
    private final int maxEntries;
    private final long maxTotalBytes;
    private final Set<String> seen = new HashSet<>();
    private String current;
    private long total;

    /**
     * @param in            the archive's bytes
     * @param source        names the archive in messages ("The weights archive 'm.weights.zip'", "project.neurite")
     * @param maxEntries    the most entries it may have, folders included
     * @param maxTotalBytes the most bytes its entries may inflate to together (what is read, skipped or copied)
     */
    public ArchiveReader(InputStream in, String source, int maxEntries, long maxTotalBytes) {
        this.zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        this.source = source;
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * Moves to the next entry and returns its checked name (a folder's ends with {@code /}), or null at the end.
     *
     * @throws ModelFormatException for a name that is not UTF-8, unsafe or repeated, too many entries, or a damaged
     *                              archive
     */
    public String next() throws IOException {
        ZipEntry entry;
        try {
            entry = zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source + " has an entry whose name is not UTF-8 text; it was not "
                    + "written by Neurite.", e);
        } catch (ZipException | EOFException e) {
            throw damaged(e);
        }
        if (entry == null) {
            current = null;
            return null;
        }
        String name = entry.getName();
        requireSafeName(name, source);
        if (!seen.add(name)) {
            throw new ModelFormatException(source + " contains the entry '" + name + "' twice; the file is damaged "
                    + "or was tampered with.");
        }
        if (seen.size() > maxEntries) {
            throw new ModelFormatException(source + " has more than " + maxEntries + " entries.");
        }
        current = name;
        return name;
    }

    /** How many entries were found so far. */
    public int entries() {
        return seen.size();
    }

    /**
     * The current entry's bytes.
     *
     * @throws ModelFormatException when it inflates to more than {@code limit} bytes, or the archive to more than its
     *                              total
     */
    public byte[] read(long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        copyTo(out, limit);
        return out.toByteArray();
    }

    /** Reads past the current entry; returns its size. Same limits as {@link #read}. */
    public long skip(long limit) throws IOException {
        return copyTo(OutputStream.nullOutputStream(), limit);
    }

    /** Copies the current entry to {@code out} (a temporary file); returns its size. Same limits as {@link #read}. */
    public long copyTo(OutputStream out, long limit) throws IOException {
        if (current == null) {
            throw new IllegalStateException("no current entry");
        }
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        try {
            for (int n; (n = zip.read(buffer)) > 0; ) {
                count += n;
                total += n;
                if (count > limit) {
                    throw new ModelFormatException(source + ": the entry '" + current + "' is larger than " + limit
                            + " bytes; at most " + limit + " are read, so it is refused.");
                }
                if (total > maxTotalBytes) {
                    throw new ModelFormatException(source + " unpacks to more than " + maxTotalBytes + " bytes.");
                }
                out.write(buffer, 0, n);
            }
        } catch (ZipException | EOFException e) {
            throw damaged(e);
        }
        return count;
    }

    private ModelFormatException damaged(IOException e) {
        return new ModelFormatException(source + " is not a valid zip archive or is cut short (" + e.getMessage()
                + ").", e);
    }

    /** Refuses absolute paths, drive letters, backslashes, NUL and any {@code .} or {@code ..} segment. */
    static void requireSafeName(String name, String source) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
                || name.indexOf('\0') >= 0;
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                unsafe = true;
            }
        }
        if (unsafe) {
            throw new ModelFormatException(source + " contains an entry with an unsafe path ('" + name
                    + "'); refusing to open it.");
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
