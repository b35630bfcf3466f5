package dev.neurite.data.download;

import dev.neurite.data.SourceFile;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A file to download: its name in the cache, the SHA-256 it must have, and the mirrors that serve it, tried in order.
 *
 * @param name    a plain file name (no folders); not blank
 * @param sha256  the expected SHA-256, 64 hexadecimal digits
 * @param mirrors one or more absolute http(s) URLs of the same file
 */
public record RemoteFile(String name, String sha256, List<URI> mirrors) {

    public RemoteFile {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("Remote file name must be a plain file name; got '" + name + "'");
        }
        sha256 = new SourceFile(name, sha256).sha256();
        mirrors = List.copyOf(mirrors);
        if (mirrors.isEmpty()) {
            throw new IllegalArgumentException("Remote file '" + name + "' needs at least one mirror");
        }
        for (URI mirror : mirrors) {
            String scheme = mirror.getScheme();
            if (!mirror.isAbsolute() || !("https".equals(scheme) || "http".equals(scheme))) {
                throw new IllegalArgumentException("Mirror of '" + name + "' must be an http(s) URL; got " + mirror);
            }
        }
    }

    /** The same file served from {@code baseUrls} (each ending in '/'), the name appended to each. */
    public static RemoteFile at(String name, String sha256, List<String> baseUrls) {
        return new RemoteFile(name, sha256, baseUrls.stream().map(base -> URI.create(base + name)).toList());
    }
}
