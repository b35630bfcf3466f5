package dev.neurite.data;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file a data set was read from, and the SHA-256 of its bytes as stored (compressed files are hashed compressed).
 *
 * @param name   the file name or path as the user or the catalogue knows it; not blank
 * @param sha256 64 lower-case hexadecimal digits
 */
public record SourceFile(String name, String sha256) {

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Source file name must not be blank");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("SHA-256 of '" + name + "' must be 64 hexadecimal digits; got '"
                    + sha256 + "'");
        }
    }
}
