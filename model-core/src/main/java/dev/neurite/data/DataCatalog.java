package dev.neurite.data;

import dev.neurite.data.DataSetInfo.Origin;
import dev.neurite.data.digits.BundledDigits;
import dev.neurite.data.download.RemoteFile;
import dev.neurite.data.idx.IdxDataSets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The data sets a user can pick, with the files and checksums of those that are downloaded. Constant data;
 * thread-safe.
 */
public final class DataCatalog {

    public static final String DIGITS = "digits";
    public static final String MNIST = "mnist";
    public static final String FASHION_MNIST = "fashion-mnist";

    /** File names of an IDX data set, as MNIST names them. */
    public static final List<String> IDX_FILE_NAMES = List.of("train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private static final List<String> MNIST_MIRRORS = List.of(
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/");

    private static final List<String> FASHION_MIRRORS = List.of(
            "https://storage.googleapis.com/tensorflow/tf-keras-datasets/",
            "https://github.com/zalandoresearch/fashion-mnist/raw/master/data/fashion/");

    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private static final List<DataSetInfo> ENTRIES = List.of(
            new DataSetInfo(DIGITS, "Handwritten digits (bundled)", "5,000 handwritten digits 0-9 from OpenCV's "
                    + "samples, derived from MNIST and prepared like it; ships with Neurite, works offline. "
                    + "The default.",
                    BundledDigits.CLASS_NAMES, 4000, 1000, Origin.BUNDLED),
            new DataSetInfo(MNIST, "MNIST", "The classic 70,000 handwritten digits by LeCun, Cortes and Burges; "
                    + "downloaded on request (11 MB).", IdxDataSets.numberedClasses(10), 60000, 10000,
                    Origin.DOWNLOAD),
            new DataSetInfo(FASHION_MNIST, "Fashion-MNIST", "70,000 photos of clothes in 10 classes by Zalando "
                    + "Research, a harder drop-in for MNIST; downloaded on request (30 MB), or found in Debian's "
                    + "dataset-fashion-mnist package.", FASHION_CLASSES, 60000, 10000, Origin.DOWNLOAD),
            new DataSetInfo("idx", "IDX files", "Your own images and labels in MNIST's IDX format, raw or .gz: "
                    + "--data train-images,train-labels[,test-images,test-labels], or a folder holding files named "
                    + "like MNIST's.", List.of(), 0, 0, Origin.USER_FILES),
            new DataSetInfo("csv", "CSV (Kaggle digit recognizer)", "A CSV file with the header label,pixel0,...,"
                    + "pixel783 (a test file without the label column is accepted for prediction): --data train.csv "
                    + "or --data train.csv,test.csv.", List.of(), 0, 0, Origin.USER_FILES),
            new DataSetInfo("folder", "Image folder", "A folder with one sub-folder of images per class (any size or "
                    + "colour; class names are the sub-folder names, sorted), optionally split into train/ and "
                    + "test/: --data path/to/folder.", List.of(), 0, 0, Origin.USER_FILES));

    private DataCatalog() {
    }

    /** Every entry, the default first. */
    public static List<DataSetInfo> entries() {
        return ENTRIES;
    }

    /** The entry with {@code id}, if any. */
    public static Optional<DataSetInfo> find(String id) {
        return ENTRIES.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The id of the default data set. */
    public static String defaultId() {
        return DIGITS;
    }

    /**
     * The four files of a downloadable data set in the order of {@link #IDX_FILE_NAMES}, served from the built-in
     * mirrors, or from {@code mirrorOverride} (a base URL ending in '/') when given.
     */
    public static List<RemoteFile> remoteFiles(String id, Optional<String> mirrorOverride) {
        List<String> hashes = switch (id) {
            case MNIST -> List.of("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                    "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                    "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                    "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6");
            case FASHION_MNIST -> List.of("08dc20ab1689590a0bcd66e874647b6ee8464e2d501b5a3f1f78831db19a3fdc",
                    "b0197879cbda89f3dc7b894f9fd52b858e68ea4182b6947c9d8c2b67e5f18dcc",
                    "78dcbbfb5a27efaf1b6c1d616caca68560be8766c5bffcb2791df9273a534229",
                    "42bd18137a62d5998cdeae52bf3a0676ac6b706f5cf8439b47bb5b151ae3dccf");
            default -> throw new DataException("'" + id + "' is not a data set that can be downloaded; "
                    + "downloadable: " + MNIST + ", " + FASHION_MNIST + ".");
        };
        List<String> mirrors = mirrorOverride.map(List::of)
                .orElse(id.equals(MNIST) ? MNIST_MIRRORS : FASHION_MIRRORS);
        return List.of(RemoteFile.at(IDX_FILE_NAMES.get(0), hashes.get(0), mirrors),
                RemoteFile.at(IDX_FILE_NAMES.get(1), hashes.get(1), mirrors),
                RemoteFile.at(IDX_FILE_NAMES.get(2), hashes.get(2), mirrors),
                RemoteFile.at(IDX_FILE_NAMES.get(3), hashes.get(3), mirrors));
    }

    /**
     * Folders outside the cache where a system package keeps a downloadable data set: Debian's
     * {@code dataset-fashion-mnist} installs Fashion-MNIST in {@code /usr/share/datasets/fashion-mnist}.
     */
    public static List<Path> systemFolders(String id) {
        return id.equals(FASHION_MNIST) ? List.of(Path.of("/usr/share/datasets/fashion-mnist")) : List.of();
    }

    /**
     * SHA-256 of copies that differ from the published files but hold the same data: Debian's package
     * (0.0~git20200523.55506a9-1) re-compressed the gzip files, in the order of {@link #IDX_FILE_NAMES}.
     */
    public static List<String> knownSystemCopies(String id) {
        return id.equals(FASHION_MNIST) ? List.of(
                "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
                "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
                "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
                "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05") : List.of();
    }
}
