package dev.neurite.data.download;

import java.time.Duration;
import java.util.Objects;

/**
 * Network time limits of the downloader.
 *
 * @param connectTimeout the longest wait to open a connection; positive
 * @param readTimeout    the longest wait for the next bytes of a response (a stalled server is given up after it);
 *                       positive
 */
public record DownloadSettings(Duration connectTimeout, Duration readTimeout) {

    /** 15 s to connect, 30 s without data. */
    public static final DownloadSettings DEFAULT = new DownloadSettings(Duration.ofSeconds(15), Duration.ofSeconds(30));

    public DownloadSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (connectTimeout.isZero() || connectTimeout.isNegative() || connectTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("connectTimeout must be positive; got " + connectTimeout);
        }
        if (readTimeout.isZero() || readTimeout.isNegative() || readTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("readTimeout must be positive; got " + readTimeout);
        }
    }
}
