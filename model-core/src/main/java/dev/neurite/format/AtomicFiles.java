package dev.neurite.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader sees either the old content or the complete new one: the bytes go to a temporary
 * file beside the target, are forced to disk, and the temporary file is moved over the target. On failure the
 * temporary file is removed and the target is untouched. A writer holds a lock on its temporary file; temporary
 * files of the same target that nobody holds (left by a killed process) are removed by the next write.
 */
public final class AtomicFiles {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() {
    }

    /** A writer of the new content; it may throw, leaving the target as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        Files.createDirectories(directory);
        removeAbandoned(directory, "." + absolute.getFileName() + ".");
        // Not createTempFile: that makes the file readable by its owner only, and the saved file would keep it.
        Path temporary = Files.createFile(directory.resolve("." + absolute.getFileName() + "."
                + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
                 FileLock lock = channel.lock()) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Removes the temporary files {@code prefix*.tmp} in {@code directory} that no live writer holds: older than a
     * few seconds (a writer locks its file right after creating it) and not locked.
     */
    private static void removeAbandoned(Path directory, String prefix) {
        long settled = System.currentTimeMillis() - 5_000;
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(directory, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp") && name.length() > prefix.length() + 4;
        })) {
            for (Path candidate : candidates) {
                if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(candidate).toMillis() < settled && !held(candidate)) {
                    Files.deleteIfExists(candidate);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Clearing leftovers is a courtesy: the write itself goes on.
        }
    }

    private static boolean held(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }
}
