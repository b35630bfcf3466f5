package dev.neurite.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers returning lower-case hexadecimal strings. Stateless and thread-safe. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh SHA-256 digest (every Java runtime has one). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no SHA-256", e);
        }
    }

    /** The hexadecimal SHA-256 of {@code bytes}. */
    public static String of(byte[] bytes) {
        return hex(newDigest().digest(bytes));
    }

    /** The hexadecimal SHA-256 of a file's bytes. */
    public static String of(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return hex(digest.digest());
    }

    /** Like {@link #of(Path)} but wraps an I/O failure unchecked (for callers that already report the file). */
    public static String ofUnchecked(Path file) {
        try {
            return of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hexadecimal of a finished digest. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
