package dev.neurite.format;

import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A data set as a NumPy archive a notebook loads with {@code np.load}: {@code x_train} {@code (N, H, W)} uint8,
 * {@code y_train} {@code (N,)} uint8, and {@code x_test}, {@code y_test} when there is a test set: the arrays
 * {@code keras.datasets.mnist.load_data()} returns. Runs on the calling thread; stateless.
 */
public final class DataArchive {

    private DataArchive() {
    }

    /**
     * Writes {@code sets} to {@code file}, replacing it atomically.
     *
     * @throws IllegalArgumentException if a set has no labels or more than 256 classes (uint8 labels)
     */
    public static void write(Path file, TrainTestSets sets) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            put(zip, "train", sets.train());
            if (sets.test().isPresent()) {
                put(zip, "test", sets.test().get());
            }
            zip.finish();
        });
    }

    private static void put(ZipOutputStream zip, String part, DataSet set) throws IOException {
        if (!set.isLabelled() || set.classCount() > 256) {
            throw new IllegalArgumentException(set.name() + " needs labels below 256 to be written as uint8");
        }
        zip.putNextEntry(new ZipEntry("x_" + part + ".npy"));
        zip.write(Npy.writeUint8(new long[] {set.size(), set.height(), set.width()}, set.pixelBytes()));
        zip.closeEntry();
        int[] labels = set.labels();
        byte[] bytes = new byte[labels.length];
        for (int i = 0; i < labels.length; i++) {
            bytes[i] = (byte) labels[i];
        }
        zip.putNextEntry(new ZipEntry("y_" + part + ".npy"));
        zip.write(Npy.writeUint8(new long[] {labels.length}, bytes));
        zip.closeEntry();
    }
}
