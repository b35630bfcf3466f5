package dev.neurite.data.download;

import dev.neurite.CancellationToken;
import dev.neurite.data.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Downloads files into a cache folder: each mirror in turn until one delivers the expected SHA-256, resuming a partial
 * file ({@code name.part}) with an HTTP Range request, and moving the verified file into place atomically, so the
 * cache never holds a file that does not verify.
 *
 * <p><b>Threading:</b> {@link #fetch} blocks the calling thread, reports progress on it (see
 * {@link DownloadListener}) and checks its {@link CancellationToken} between reads. One downloader may be used by
 * several threads for different files; two concurrent downloads of the same file into the same folder are not
 * supported.
 */
public final class Downloader {

    private static final int BUFFER = 64 * 1024;
    private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

    private final DownloadSettings settings;

    public Downloader() {
        this(DownloadSettings.DEFAULT);
    }

    public Downloader(DownloadSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Returns {@code folder/file.name()}, downloading it first unless a copy with the right SHA-256 is there.
     *
     * @throws DownloadCancelledException when {@code cancel} is set (the partial file is kept)
     * @throws DownloadException          when every mirror failed; the message names the file and each failure
     */
    public Path fetch(RemoteFile file, Path folder, DownloadListener listener, CancellationToken cancel) {
        Path target = folder.resolve(file.name());
        Path partial = folder.resolve(file.name() + ".part");
        try {
            Files.createDirectories(folder);
            if (Files.isRegularFile(target) && Sha256.of(target).equals(file.sha256())) {
                return target;
            }
        } catch (IOException e) {
            throw new DownloadException("Cannot use the download folder '" + folder + "': " + e.getMessage()
                    + ". Check that it is writable.", e);
        }
        List<String> failures = new ArrayList<>();
        for (URI mirror : file.mirrors()) {
            if (cancel.isCancelled()) {
                throw new DownloadCancelledException(file.name());
            }
            try {
                download(file, mirror, partial, listener, cancel);
                String actual = Sha256.of(partial);
                if (!actual.equals(file.sha256())) {
                    Files.deleteIfExists(partial);
                    failures.add(mirror + ": wrong SHA-256 (got " + actual + ", expected " + file.sha256() + ")");
                    continue;
                }
                moveIntoPlace(partial, target);
                return target;
            } catch (DownloadCancelledException e) {
                throw e;
            } catch (IOException e) {
                failures.add(mirror + ": " + describe(e));
            }
        }
        throw new DownloadException("Could not download " + file.name() + ": every mirror failed ("
                + String.join("; ", failures) + "). " + advice(failures));
    }

    private void download(RemoteFile file, URI mirror, Path partial, DownloadListener listener,
                          CancellationToken cancel) throws IOException {
        long have = Files.isRegularFile(partial) ? Files.size(partial) : 0;
        HttpURLConnection connection = open(mirror, have);
        try {
            int status = connection.getResponseCode();
            if (status == 416 && have > 0) {
                connection.disconnect();
                Files.deleteIfExists(partial);
                have = 0;
                connection = open(mirror, 0);
                status = connection.getResponseCode();
            }
            boolean resuming = status == 206 && have > 0 && contentRangeStartsAt(connection, have);
            if (status != 200 && !resuming) {
                throw new HttpStatusException(status, connection.getResponseMessage());
            }
            long start = resuming ? have : 0;
            long length = connection.getContentLengthLong();
            long total = length >= 0 ? start + length : -1;
            StandardOpenOption mode = resuming ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
            try (InputStream in = connection.getInputStream();
                 OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                         mode)) {
                long written = copy(in, out, file.name(), mirror.toString(), start, total, listener, cancel);
                if (total >= 0 && written < total) {
                    throw new IOException("the connection closed after " + written + " of " + total + " bytes");
                }
            }
        } finally {
            connection.disconnect();
        }
    }

    private long copy(InputStream in, OutputStream out, String name, String mirror, long start, long total,
                      DownloadListener listener, CancellationToken cancel) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long written = start;
        long began = System.nanoTime();
        long lastReport = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            if (cancel.isCancelled()) {
                out.flush();
                throw new DownloadCancelledException(name);
            }
            out.write(buffer, 0, read);
            written += read;
            long now = System.nanoTime();
            if (now - lastReport >= PROGRESS_INTERVAL_NANOS) {
                lastReport = now;
                listener.onProgress(new DownloadProgress(name, written, total, rate(written - start, now - began),
                        mirror));
            }
        }
        listener.onProgress(new DownloadProgress(name, written, total,
                rate(written - start, System.nanoTime() - began), mirror));
        return written;
    }

    private HttpURLConnection open(URI mirror, long from) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) mirror.toURL().openConnection();
        connection.setConnectTimeout((int) settings.connectTimeout().toMillis());
        connection.setReadTimeout((int) settings.readTimeout().toMillis());
        connection.setInstanceFollowRedirects(true);
        connection.setRequestProperty("User-Agent", "Neurite");
        connection.setRequestProperty("Accept-Encoding", "identity");
        if (from > 0) {
            connection.setRequestProperty("Range", "bytes=" + from + "-");
        }
        return connection;
    }

    private static boolean contentRangeStartsAt(HttpURLConnection connection, long from) {
        String range = connection.getHeaderField("Content-Range");
        return range != null && range.trim().startsWith("bytes " + from + "-");
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static double rate(long bytes, long nanos) {
        return nanos > 0 ? bytes * 1e9 / nanos : 0;
    }

    private String describe(IOException e) {
        if (e instanceof HttpStatusException status) {
            return "HTTP " + status.status + (status.reason == null ? "" : " " + status.reason);
        }
        if (e instanceof UnknownHostException) {
            return "cannot resolve host " + e.getMessage() + " (offline?)";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "cannot connect (" + e.getMessage() + "; offline?)";
        }
        if (e instanceof SocketTimeoutException) {
            return "timed out (" + e.getMessage() + "; no data for " + settings.readTimeout().toMillis() + " ms or no "
                    + "connection within " + settings.connectTimeout().toMillis() + " ms)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String advice(List<String> failures) {
        boolean offline = failures.stream().allMatch(f -> f.contains("offline?"));
        return offline ? "You seem to be offline: connect to the internet and run the command again, or use the "
                + "bundled 'digits' data set." : "Try again later; a partial download is resumed.";
    }

    /** A response other than 200 or an acceptable 206. */
    private static final class HttpStatusException extends IOException {
        private final int status;
        private final String reason;

        HttpStatusException(int status, String reason) {
            super("HTTP " + status);
            this.status = status;
            this.reason = reason;
        }
    }
}
