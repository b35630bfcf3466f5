package dev.neurite.data.download;

/**
 * A snapshot of one file's download.
 *
 * @param fileName       the file being downloaded
 * @param bytes          bytes on disk so far, including any resumed part
 * @param total          the file's full size in bytes, or -1 while unknown
 * @param bytesPerSecond the recent transfer rate in bytes per second (0 at the start)
 * @param mirror         the URL being read
 */
public record DownloadProgress(String fileName, long bytes, long total, double bytesPerSecond, String mirror) {

    /** Fraction done in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total > 0 ? Math.min(1.0, (double) bytes / total) : -1;
    }
}
