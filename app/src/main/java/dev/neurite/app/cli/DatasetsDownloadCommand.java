package dev.neurite.app.cli;

import dev.neurite.data.DataCatalog;
import dev.neurite.data.DataSetInfo;
import dev.neurite.NeuriteException;
import dev.neurite.data.DataSources;
import dev.neurite.CancellationToken;
import dev.neurite.data.download.DownloadSettings;
import dev.neurite.data.download.Downloader;
import dev.neurite.data.download.RemoteFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code neurite datasets download ID}: fetches a data set's files into the cache, verified by SHA-256. */
@Command(name = "download", description = "Download mnist or fashion-mnist into the per-user cache (resumable).")
final class DatasetsDownloadCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @ParentCommand
    DatasetsCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "mnist or fashion-mnist")
    String id;

    @Option(names = "--mirror", paramLabel = "URL",
            description = "Download from this base URL (ending in /) instead of the built-in mirrors.")
    String mirror;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a mirror after this many seconds without data (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public void run() {
        if (timeoutSeconds < 1) {
            throw new NeuriteException("--timeout must be at least 1 second; got " + timeoutSeconds + ".");
        }
        DataSetInfo info = DataCatalog.find(id).filter(i -> i.origin() == DataSetInfo.Origin.DOWNLOAD)
                .orElseThrow(() -> new NeuriteException("'" + id + "' cannot be downloaded; downloadable "
                        + "data sets are " + DataCatalog.MNIST + " and " + DataCatalog.FASHION_MNIST
                        + " ('digits' ships with Neurite)."));
        String base = mirror == null ? null : (mirror.endsWith("/") ? mirror : mirror + "/");
        DataSources sources = parent.sources();
        Path folder = sources.downloadFolder(info.id());
        Downloader downloader = new Downloader(new DownloadSettings(Duration.ofSeconds(15),
                Duration.ofSeconds(timeoutSeconds)));
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr());
        try {
            for (RemoteFile file : DataCatalog.remoteFiles(info.id(), Optional.ofNullable(base))) {
                downloader.fetch(file, folder, progress, CancellationToken.NEVER);
            }
        } finally {
            progress.finishLine();
        }
        spec.commandLine().getOut().println(info.name() + " is ready in " + folder + " (all files verified by "
                + "SHA-256). Use it with --data " + info.id() + ".");
    }
}
