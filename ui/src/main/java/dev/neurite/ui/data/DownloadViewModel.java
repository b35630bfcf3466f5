package dev.neurite.ui.data;

import dev.neurite.data.DataCatalog;
import dev.neurite.data.DataSetInfo;
import dev.neurite.data.DataSources;
import dev.neurite.CancellationToken;
import dev.neurite.task.Background;
import dev.neurite.data.download.DownloadCancelledException;
import dev.neurite.data.download.Downloader;
import dev.neurite.data.download.DownloadProgress;
import dev.neurite.data.download.RemoteFile;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Downloads MNIST or Fashion-MNIST into the per-user cache with the core's {@link Downloader} (mirrors, SHA-256,
 * resume), showing progress and offering Cancel. The download runs on {@code background}; its progress and end are
 * handed to the JavaFX thread through {@code fx}. Not thread-safe: call on the JavaFX thread.
 */
public final class DownloadViewModel {

    /**
     * Fetches every file of a data set, reporting progress; throws a {@link dev.neurite.NeuriteException} with a
     * message for the learner when it fails. Called on the background thread.
     */
    @FunctionalInterface
    public interface Fetch {
        void fetch(String id, Progress progress, CancellationToken cancel);
    }

    /** Progress of a whole data set: fraction in [0, 1] and a line saying what is happening. Background thread. */
    @FunctionalInterface
    public interface Progress {
        void update(double fraction, String text);
    }

    private final Background tasks;
    private final Executor fx;
    private final Fetch fetch;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private CancellationToken cancel;

    public DownloadViewModel(Executor background, Executor fx, Fetch fetch) {
        this.tasks = Background.on(background, fx);
        this.fx = fx;
        this.fetch = fetch;
    }

    /** The real fetch: every file of {@code id} from the built-in mirrors into {@code sources}' cache folder. */
    public static Fetch standard(DataSources sources) {
        return (id, progress, cancel) -> {
            List<RemoteFile> files = DataCatalog.remoteFiles(id, Optional.empty());
            Downloader downloader = new Downloader();
            for (int i = 0; i < files.size(); i++) {
                int done = i;
                downloader.fetch(files.get(i), sources.downloadFolder(id), p -> progress.update(
                        (done + Math.max(0, p.fraction())) / files.size(), describe(p)), cancel);
            }
        };
    }

    // ---- Properties -----------------------------------------------------------------------------------------------

    /** Whether a download is going. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The fraction of the data set downloaded, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is happening, what went wrong, or that it is ready. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- Commands -------------------------------------------------------------------------------------------------

    /** Downloads {@code id}; {@code onReady} gets the id on the JavaFX thread once every file is verified. */
    public void download(String id, Consumer<String> onReady) {
        if (running.get()) {
            return;
        }
        String name = DataCatalog.find(id).map(DataSetInfo::name).orElse(id);
        CancellationToken token = new CancellationToken();
        cancel = token;
        running.set(true);
        progress.set(0);
        message.set("Downloading " + name + "\u2026");
        tasks.run(() -> {
            fetch.fetch(id, (fraction, text) -> fx.execute(() -> {
                if (cancel == token && running.get()) {
                    progress.set(fraction);
                    message.set("Downloading " + name + ": " + text);
                }
            }), token);
            return id;
        }, ready -> {
            finish(token, name + " is ready (every file checked by its SHA-256).", 1);
            onReady.accept(ready);
        }, e -> finish(token, e instanceof DownloadCancelledException ? "Download of " + name + " cancelled; what "
                + "arrived is kept and the next download resumes from there." : "Could not download " + name + ": "
                + e.getMessage(), e instanceof DownloadCancelledException ? progress.get() : 0));
    }

    /** Stops the download between two reads; the partial file is kept so that the next download resumes. */
    public void cancel() {
        if (cancel != null) {
            cancel.cancel();
        }
    }

    private void finish(CancellationToken token, String text, double fraction) {
        if (cancel != token) {
            return;
        }
        running.set(false);
        progress.set(fraction);
        message.set(text);
    }

    private static String describe(DownloadProgress p) {
        return p.total() > 0 ? String.format(Locale.ROOT, "%s %.1f of %.1f MB", p.fileName(), p.bytes() / 1e6,
                p.total() / 1e6) : String.format(Locale.ROOT, "%s %.1f MB", p.fileName(), p.bytes() / 1e6);
    }
}
