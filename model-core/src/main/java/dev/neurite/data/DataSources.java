package dev.neurite.data;

import dev.neurite.data.digits.BundledDigits;
import dev.neurite.data.download.CacheDirectory;
import dev.neurite.data.idx.IdxArray;
import dev.neurite.data.idx.IdxDataSets;
import dev.neurite.data.idx.IdxReader;
import dev.neurite.data.imports.ImageFolderReader;
import dev.neurite.data.imports.KaggleCsvReader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that turns what a user typed after {@code --data} into data sets. Accepted:
 * <ul>
 *   <li>{@code digits} (bundled, the default), {@code mnist}, {@code fashion-mnist} (from the download cache, or for
 *       Fashion-MNIST from Debian's package), each checked against its SHA-256;</li>
 *   <li>a CSV file in the Kaggle digit-recognizer layout, or two separated by a comma (train,test);</li>
 *   <li>a folder of images with one sub-folder per class, or with {@code train/} and {@code test/} sub-folders that
 *       each have one per class;</li>
 *   <li>IDX files: {@code images,labels} or {@code images,labels,test-images,test-labels}, or a folder holding files
 *       named like MNIST's ({@code train-images-idx3-ubyte[.gz]} ...).</li>
 * </ul>
 * Anything else is refused with a {@link DataException} that lists what is accepted. Thread-safe; loading runs on the
 * calling thread.
 */
public final class DataSources {

    private final Path cache;

    /** Sources whose downloads live in {@code cache} (one sub-folder per data set id). */
    public DataSources(Path cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Sources using the current user's cache folder ({@link CacheDirectory#forCurrentUser()}). */
    public static DataSources standard() {
        return new DataSources(CacheDirectory.forCurrentUser());
    }

    /** Resolves {@code spec} with the current user's cache: the entry point of {@code --data}. */
    public static TrainTestSets resolve(String spec) {
        return standard().open(spec);
    }

    /** The folder where downloads of data set {@code id} are kept. */
    public Path downloadFolder(String id) {
        return cache.resolve(id);
    }

    /** Where the files of a downloadable data set are found (cache first, then system packages), if anywhere. */
    public Optional<Path> findDownloaded(String id) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(downloadFolder(id));
        candidates.addAll(DataCatalog.systemFolders(id));
        return candidates.stream()
                .filter(folder -> DataCatalog.IDX_FILE_NAMES.stream()
                        .allMatch(n -> Files.isRegularFile(folder.resolve(n))))
                .findFirst();
    }

    /** Loads what {@code spec} names; see the class description. */
    public TrainTestSets open(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new DataException("No data set given. " + accepted());
        }
        String trimmed = spec.strip();
        switch (trimmed.toLowerCase(Locale.ROOT)) {
            case DataCatalog.DIGITS:
                return BundledDigits.load();
            case DataCatalog.MNIST:
            case DataCatalog.FASHION_MNIST:
                return openDownloaded(trimmed.toLowerCase(Locale.ROOT));
            default:
                break;
        }
        if (trimmed.contains(",")) {
            return openList(Arrays.stream(trimmed.split(",")).map(String::strip).map(this::path).toList());
        }
        Path path = path(trimmed);
        if (Files.isDirectory(path)) {
            return openFolder(path);
        }
        if (Files.isRegularFile(path)) {
            if (isCsv(path)) {
                return TrainTestSets.trainOnly(labelledCsv(path));
            }
            throw new DataException("'" + trimmed + "' is a single file that is not a CSV file. For IDX files give "
                    + "images and labels together: --data images,labels. " + accepted());
        }
        throw new DataException("Unknown data set '" + trimmed + "': it is not a data set id and no such file or "
                + "folder exists. " + accepted());
    }

    private TrainTestSets openDownloaded(String id) {
        DataSetInfo info = DataCatalog.find(id).orElseThrow();
        Path folder = findDownloaded(id).orElseThrow(() -> new NotDownloadedException(info));
        List<String> expected = new ArrayList<>();
        DataCatalog.remoteFiles(id, Optional.empty()).forEach(f -> expected.add(f.sha256()));
        List<String> systemCopies = DataCatalog.knownSystemCopies(id);
        IdxReader reader = new IdxReader();
        IdxArray[] arrays = new IdxArray[4];
        for (int i = 0; i < 4; i++) {
            Path file = folder.resolve(DataCatalog.IDX_FILE_NAMES.get(i));
            arrays[i] = reader.read(file);
            String sha = arrays[i].sha256();
            if (!sha.equals(expected.get(i)) && !(i < systemCopies.size() && sha.equals(systemCopies.get(i)))) {
                throw new DataException("'" + file + "' has SHA-256 " + sha + ", not the published " + expected.get(i)
                        + "; the file is damaged or not the real " + info.name() + ". Delete it and run 'neurite "
                        + "datasets download " + id + "' again.");
            }
        }
        String source = info.name() + " (" + folder + ")";
        IdxDataSets idx = new IdxDataSets(reader);
        DataSet train = idx.combine(id + "-train", arrays[0], folder.resolve(DataCatalog.IDX_FILE_NAMES.get(0))
                .toString(), arrays[1], folder.resolve(DataCatalog.IDX_FILE_NAMES.get(1)).toString(),
                info.classNames(), source);
        DataSet test = idx.combine(id + "-test", arrays[2], folder.resolve(DataCatalog.IDX_FILE_NAMES.get(2))
                .toString(), arrays[3], folder.resolve(DataCatalog.IDX_FILE_NAMES.get(3)).toString(),
                info.classNames(), source);
        return TrainTestSets.of(train, test);
    }

    private TrainTestSets openList(List<Path> paths) {
        if (paths.size() == 2 && isCsv(paths.get(0)) && isCsv(paths.get(1))) {
            DataSet train = labelledCsv(paths.get(0));
            return TrainTestSets.of(train, labelledCsv(paths.get(1)));
        }
        if (paths.size() != 2 && paths.size() != 4) {
            throw new DataException("Give IDX files as images,labels or images,labels,test-images,test-labels; got "
                    + paths.size() + " paths.");
        }
        IdxDataSets idx = new IdxDataSets();
        String source = "IDX files";
        DataSet train = idx.load("idx-train", paths.get(0), paths.get(1), null, source);
        if (paths.size() == 2) {
            return TrainTestSets.trainOnly(train);
        }
        DataSet test = idx.load("idx-test", paths.get(2), paths.get(3), null, source);
        return TrainTestSets.of(widen(train, test.classCount()), widen(test, train.classCount()));
    }

    private TrainTestSets openFolder(Path folder) {
        if (Files.isRegularFile(folder.resolve(DataCatalog.IDX_FILE_NAMES.get(0)))
                || Files.isRegularFile(folder.resolve("train-images-idx3-ubyte"))) {
            return openIdxFolder(folder);
        }
        Path train = folder.resolve("train");
        Path test = folder.resolve("test");
        ImageFolderReader reader = new ImageFolderReader();
        if (Files.isDirectory(train) && Files.isDirectory(test)) {
            List<String> classes = ImageFolderReader.classFolders(train);
            return TrainTestSets.of(reader.read(train, classes), reader.read(test, classes));
        }
        return TrainTestSets.trainOnly(reader.read(folder));
    }

    private TrainTestSets openIdxFolder(Path folder) {
        List<Path> files = new ArrayList<>();
        for (String name : DataCatalog.IDX_FILE_NAMES) {
            Path gz = folder.resolve(name);
            Path raw = folder.resolve(name.substring(0, name.length() - 3));
            files.add(Files.isRegularFile(gz) ? gz : raw);
        }
        boolean hasTest = Files.isRegularFile(files.get(2)) && Files.isRegularFile(files.get(3));
        return openList(hasTest ? files : files.subList(0, 2));
    }

    /** A data set with numbered classes made to have at least {@code classes} of them (train and test agree). */
    private static DataSet widen(DataSet set, int classes) {
        if (set.classCount() >= classes) {
            return set;
        }
        return DataSet.labelled(set.name(), set.height(), set.width(), set.pixelBytes(), set.labels(),
                IdxDataSets.numberedClasses(classes), set.provenance());
    }

    private static DataSet labelledCsv(Path file) {
        DataSet set = new KaggleCsvReader().read(file);
        if (!set.isLabelled()) {
            throw new DataException("CSV file '" + file + "' has no label column, so it cannot be used to train or "
                    + "evaluate; it can be used for prediction. Pass a CSV whose header starts with 'label'.");
        }
        return set;
    }

    private static boolean isCsv(Path path) {
        return path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new DataException("'" + text + "' is not a valid path: " + e.getReason() + ". " + accepted());
        }
    }

    private static String accepted() {
        return "Use one of " + DataCatalog.DIGITS + ", " + DataCatalog.MNIST + ", " + DataCatalog.FASHION_MNIST
                + ", or a path to a CSV file, an image folder, or IDX files (images,labels[,test-images,test-labels]).";
    }
}
