package dev.neurite.data.download;

/**
 * Receives download progress. <b>Threading:</b> called on the thread that called
 * {@link Downloader#fetch}, at most about ten times a second plus once when a file completes; a UI must hand the
 * event over to its own thread and must not block here (it would stall the download).
 */
@FunctionalInterface
public interface DownloadListener {

    /** A listener that ignores every event. */
    DownloadListener NONE = progress -> { };

    void onProgress(DownloadProgress progress);
}
