package dev.neurite.app.cli.data;

import dev.neurite.NeuriteException;
import dev.neurite.train.Examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@code --data} argument: a folder with MNIST-style files ({@code train-images-idx3-ubyte[.gz]},
 * {@code train-labels-idx1-ubyte[.gz]}, optionally the {@code t10k-} pair; Debian's
 * {@code /usr/share/datasets/fashion-mnist}), or {@code images,labels} IDX files (the test set only then).
 *
 * @param name  what to call it in messages
 * @param train the training set, if the argument names one
 * @param test  the test set, if the argument names one
 */
public record CliDataset(String name, Optional<Examples> train, Optional<Examples> test) {

    /** Resolves the argument. */
    public static CliDataset resolve(String spec) {
        if (spec.contains(",")) {
            String[] parts = spec.split(",", -1);
            if (parts.length != 2) {
                throw new NeuriteException("--data takes a folder or 'images,labels' IDX files; got '" + spec + "'.");
            }
            Examples pair = load(Path.of(parts[0].strip()), Path.of(parts[1].strip()));
            return new CliDataset(spec, Optional.of(pair), Optional.of(pair));
        }
        Path folder = Path.of(spec);
        if (!Files.isDirectory(folder)) {
            throw new NeuriteException("--data '" + spec + "' is not a folder of IDX files nor 'images,labels' (e.g. "
                    + "/usr/share/datasets/fashion-mnist after 'apt-get install dataset-fashion-mnist').");
        }
        Optional<Examples> train = pair(folder, "train");
        Optional<Examples> test = pair(folder, "t10k");
        if (train.isEmpty() && test.isEmpty()) {
            throw new NeuriteException("The folder '" + spec + "' has no train-images-idx3-ubyte[.gz] / "
                    + "t10k-images-idx3-ubyte[.gz] files.");
        }
        return new CliDataset(folder.getFileName().toString(), train, test);
    }

    /** The training set, or an error saying the data has none. */
    public Examples requireTrain() {
        return train.orElseThrow(() -> new NeuriteException("The data '" + name + "' has no training set."));
    }

    /** The test set, or an error saying the data has none. */
    public Examples requireTest() {
        return test.orElseThrow(() -> new NeuriteException("The data '" + name + "' has no test set."));
    }

    private static Optional<Examples> pair(Path folder, String prefix) {
        Path images = find(folder, prefix + "-images-idx3-ubyte");
        Path labels = find(folder, prefix + "-labels-idx1-ubyte");
        return images == null || labels == null ? Optional.empty() : Optional.of(load(images, labels));
    }

    private static Path find(Path folder, String base) {
        for (String candidate : new String[]{base + ".gz", base}) {
            Path path = folder.resolve(candidate);
            if (Files.isRegularFile(path)) {
                return path;
            }
        }
        return null;
    }

    private static Examples load(Path imagesFile, Path labelsFile) {
        IdxFile.Content images = IdxFile.read(imagesFile);
        IdxFile.Content labels = IdxFile.read(labelsFile);
        if (images.dims().length != 3 || labels.dims().length != 1) {
            throw new NeuriteException("Expected images [n, rows, cols] and labels [n]; got " + images.dims().length
                    + " and " + labels.dims().length + " dimensions.");
        }
        if (images.dims()[0] != labels.dims()[0]) {
            throw new NeuriteException("'" + imagesFile + "' has " + images.dims()[0] + " images but '" + labelsFile
                    + "' has " + labels.dims()[0] + " labels.");
        }
        int classes = 0;
        for (byte label : labels.data()) {
            classes = Math.max(classes, (label & 0xff) + 1);
        }
        return new ImageExamples(images.data(), labels.data(), images.dims()[1] * images.dims()[2],
                Math.max(classes, 2));
    }
}
