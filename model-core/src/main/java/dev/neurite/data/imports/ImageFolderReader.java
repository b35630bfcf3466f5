package dev.neurite.data.imports;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import dev.neurite.data.Provenance;
import dev.neurite.data.Sha256;
import dev.neurite.data.SourceFile;
import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.Images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Reads a folder with one sub-folder per class ({@code digits/0/a.png, digits/1/b.jpg, ...}; class names are the
 * sub-folder names, sorted) into a labelled 28x28 data set. Images of any size, colour and polarity go through
 * {@link DigitPreprocessor}. Files whose names do not end in .png, .jpg, .jpeg, .gif or .bmp, and hidden entries,
 * are ignored. The provenance holds one SHA-256 over all image files in order. Thread-safe; reads on the calling
 * thread.
 */
public final class ImageFolderReader {

    /** The most images read from one folder tree. */
    public static final int MAX_IMAGES = 200_000;

    private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".bmp");

    private final DigitPreprocessor preprocessor;

    public ImageFolderReader() {
        this(new DigitPreprocessor());
    }

    public ImageFolderReader(DigitPreprocessor preprocessor) {
        this.preprocessor = Objects.requireNonNull(preprocessor, "preprocessor");
    }

    /** Reads {@code folder} with the class names taken from its sub-folders. */
    public DataSet read(Path folder) {
        return read(folder, classFolders(folder));
    }

    /** Reads {@code folder} with the given class names (sub-folders; a missing one is an error). */
    public DataSet read(Path folder, List<String> classNames) {
        int side = DigitPreprocessor.SIZE;
        List<byte[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        MessageDigest digest = Sha256.newDigest();
        for (int label = 0; label < classNames.size(); label++) {
            Path classFolder = folder.resolve(classNames.get(label));
            List<Path> files = imageFiles(classFolder);
            if (files.isEmpty()) {
                throw new DataException("Class folder '" + classFolder + "' has no images (.png, .jpg, .jpeg, .gif, "
                        + ".bmp); every class needs at least one.");
            }
            for (Path file : files) {
                if (images.size() == MAX_IMAGES) {
                    throw new DataException("Image folder '" + folder + "' has more than " + MAX_IMAGES + " images.");
                }
                try {
                    digest.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new DataException("Cannot read image '" + file + "': " + e.getMessage(), e);
                }
                images.add(preprocessor.process(Images.read(file)).centred().toBytes());
                labels.add(label);
            }
        }
        byte[] pixels = new byte[images.size() * side * side];
        int[] labelArray = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, pixels, i * side * side, side * side);
            labelArray[i] = labels.get(i);
        }
        Provenance provenance = new Provenance("Image folder (one sub-folder per class), preprocessed like MNIST",
                List.of(new SourceFile(folder.toString(), Sha256.hex(digest.digest()))));
        return DataSet.labelled(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(),
                side, side, pixels, labelArray, classNames, provenance);
    }

    /** The sorted names of the visible sub-folders of {@code folder}; at least two are required. */
    public static List<String> classFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DataException("Image folder '" + folder + "' does not exist or is not a folder.");
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(folder)) {
            names = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new DataException("Cannot list folder '" + folder + "': " + e.getMessage(), e);
        }
        if (names.size() < 2) {
            throw new DataException("Image folder '" + folder + "' needs one sub-folder per class (at least two), "
                    + "e.g. " + folder.resolve("0") + " and " + folder.resolve("1") + "; it has " + names.size() + ".");
        }
        return names;
    }

    private static List<Path> imageFiles(Path classFolder) {
        try (Stream<Path> entries = Files.list(classFolder)) {
            return entries.filter(Files::isRegularFile).filter(ImageFolderReader::isImageName).sorted().toList();
        } catch (IOException e) {
            throw new DataException("Cannot list folder '" + classFolder + "': " + e.getMessage(), e);
        }
    }

    private static boolean isImageName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }
}
