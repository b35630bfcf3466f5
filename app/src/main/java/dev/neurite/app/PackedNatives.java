package dev.neurite.app;

import dev.neurite.NeuriteException;
import dev.neurite.format.ArchiveReader;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * A build of libnd4j as the Linux packages carry it: the files of one nd4j-native classifier jar's native folder in
 * an uncompressed zip, compressed with xz ({@code lib/app/natives/<jar name>.zip.xz}). xz packs libnd4j about three
 * times smaller than the jar's deflate, so three builds fit in one package; only the build the CPU runs is unpacked,
 * once, into the user's cache folder, where JavaCPP loads it from (see {@link NativePlatform#configure()}).
 *
 * @param archive the {@code .zip.xz} file
 * @param folder  where it is unpacked: {@code <JavaCPP cache folder>/<jar name>/}
 */
record PackedNatives(Path archive, Path folder) {

    /** The file name ending of packed natives. */
    static final String SUFFIX = ".zip.xz";
    /** A native folder holds a few dozen libraries. */
    private static final int MAX_ENTRIES = 1_000;
    /** libnd4j unpacks to a few hundred MiB. */
    private static final long MAX_TOTAL_BYTES = 4L << 30;

    /** Whether the libraries are already unpacked (the folder only appears, by a rename, once complete). */
    boolean isUnpacked() {
        return Files.isDirectory(folder);
    }

    /** The size of the archive: the total that {@link #unpack} reports progress against. */
    long archiveBytes() {
        try {
            return Files.size(archive);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Unpacks the archive into {@link #folder()} unless it is there already. Writes into a temporary sibling folder
     * and renames it when complete, so an interrupted run leaves no half folder and two processes may race.
     *
     * @param progress told the archive bytes read so far, on the calling thread
     */
    void unpack(LongConsumer progress) throws IOException {
        if (isUnpacked()) {
            return;
        }
        Files.createDirectories(folder.getParent());
        Path partial = Files.createTempDirectory(folder.getParent(), folder.getFileName() + ".partial-");
        try {
            try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(archive), progress);
                 ArchiveReader zip = new ArchiveReader(new XZInputStream(new BufferedInputStream(counted, 1 << 16)),
                         archive.toString(), MAX_ENTRIES, MAX_TOTAL_BYTES)) {
                for (String name = zip.next(); name != null; name = zip.next()) {
                    if (name.endsWith("/")) {
                        continue; // a folder: the libraries lie flat
                    }
                    Path file = partial.resolve(name).normalize();
                    if (!file.startsWith(partial) || !file.getParent().equals(partial)) {
                        throw new IOException("Unexpected entry '" + name + "' in " + archive);
                    }
                    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                        zip.copyTo(out, MAX_TOTAL_BYTES); // the zip stream checks each entry's CRC
                    }
                }
            } catch (NeuriteException e) {
                throw new IOException(e.getMessage(), e); // a refused archive fails like a broken one
            }
            try {
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (!isUnpacked()) {
                    throw e;
                } // another process finished first
            }
        } finally {
            deleteRecursively(partial);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Tells a listener how many bytes have been read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private final LongConsumer progress;
        private long count;

        CountingInputStream(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                progress.accept(count);
            }
            return n;
        }
    }
}
