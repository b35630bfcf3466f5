package dev.neurite.data.download;

import dev.neurite.data.DataException;

/** A download that failed on every mirror, or whose cache could not be written. The message names each failure. */
public class DownloadException extends DataException {

    public DownloadException(String message) {
        super(message);
    }

    public DownloadException(String message, Throwable cause) {
        super(message, cause);
    }
}
