package dev.neurite.app.cli;

import dev.neurite.data.DataCatalog;
import dev.neurite.data.DataSetInfo;
import dev.neurite.data.DataSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** {@code neurite datasets}: lists the data sets a user can pick; sub-commands download and inspect. */
@Command(name = "datasets",
        description = "List the data sets --data accepts; download MNIST or Fashion-MNIST; inspect a data set or IDX "
                + "files.",
        subcommands = {DatasetsDownloadCommand.class, DatasetsInspectCommand.class})
final class DatasetsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--cache-dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Folder for downloaded data sets (default: the per-user cache).")
    Path cacheDir;

    /** The data sources for this invocation's cache folder. */
    DataSources sources() {
        return cacheDir != null ? new DataSources(cacheDir) : DataSources.standard();
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        DataSources sources = sources();
        out.printf(Locale.ROOT, "%-14s %-30s %7s %7s %7s  %s%n", "ID", "NAME", "CLASSES", "TRAIN", "TEST", "WHERE");
        for (DataSetInfo info : DataCatalog.entries()) {
            if (info.origin() == DataSetInfo.Origin.USER_FILES) {
                continue;
            }
            out.printf(Locale.ROOT, "%-14s %-30s %7d %7d %7d  %s%n", info.id(), info.name(), info.classNames().size(),
                    info.trainSize(), info.testSize(), where(info, sources));
        }
        out.println();
        out.println("Your own files (--data PATH):");
        for (DataSetInfo info : DataCatalog.entries()) {
            if (info.origin() == DataSetInfo.Origin.USER_FILES) {
                out.println("  " + info.name() + ": " + info.description());
            }
        }
        out.flush();
    }

    private static String where(DataSetInfo info, DataSources sources) {
        if (info.origin() == DataSetInfo.Origin.BUNDLED) {
            return "bundled" + (info.id().equals(DataCatalog.defaultId()) ? " (default)" : "");
        }
        Optional<Path> folder = sources.findDownloaded(info.id());
        return folder.map(path -> "ready in " + path)
                .orElse("not downloaded: neurite datasets download " + info.id());
    }
}
