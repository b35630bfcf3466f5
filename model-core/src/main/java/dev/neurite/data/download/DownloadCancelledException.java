package dev.neurite.data.download;

/**
 * The download was cancelled through its {@link dev.neurite.CancellationToken}; the partial file is kept for a later
 * resume.
 */
public class DownloadCancelledException extends DownloadException {

    public DownloadCancelledException(String fileName) {
        super("The download of " + fileName + " was cancelled; run it again to resume.");
    }
}
