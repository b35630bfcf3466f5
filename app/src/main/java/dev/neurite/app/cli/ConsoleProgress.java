package dev.neurite.app.cli;

import dev.neurite.data.download.DownloadListener;
import dev.neurite.data.download.DownloadProgress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows download progress as one line on the error stream that rewrites itself ({@code \r}), ending it with a newline
 * when a file is complete. Called on the downloading thread (the command's own), see {@link DownloadListener}.
 */
final class ConsoleProgress implements DownloadListener {

    private final PrintWriter err;
    private int lastLength;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onProgress(DownloadProgress progress) {
        String line = format(progress);
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        if (progress.total() > 0 && progress.bytes() >= progress.total()) {
            err.println();
            lastLength = 0;
        }
        err.flush();
    }

    /** Ends a line left open by an interrupted download, so what is printed next starts on its own line. */
    void finishLine() {
        if (lastLength > 0) {
            err.println();
            err.flush();
            lastLength = 0;
        }
    }

    static String format(DownloadProgress progress) {
        String size = progress.total() > 0
                ? String.format(Locale.ROOT, "%3d%% %s / %s", Math.round(progress.fraction() * 100),
                megabytes(progress.bytes()), megabytes(progress.total()))
                : megabytes(progress.bytes());
        return String.format(Locale.ROOT, "%-28s %s  %s/s", progress.fileName(), size,
                megabytes((long) progress.bytesPerSecond()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
