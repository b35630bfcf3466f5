package dev.neurite.data.digits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import dev.neurite.data.Sha256;
import dev.neurite.data.TrainTestSets;
import dev.neurite.data.idx.IdxArray;
import dev.neurite.data.idx.IdxDataSets;
import dev.neurite.data.idx.IdxReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The handwritten digits shipped inside Neurite, the offline default data set: 4,000 training and 1,000 test images
 * of 28x28 (400 and 100 per class), made from OpenCV's {@code digits.png} (itself derived from MNIST) by
 * {@code DigitsAssetBuilder} in model-core's tests. The files live in the assets module under
 * {@value #RESOURCE_FOLDER}; each is checked against the SHA-256 in the provenance file when loaded.
 *
 * <p>Stateless and thread-safe; loading takes a few tens of milliseconds on the calling thread.
 */
public final class BundledDigits {

    /** Class-path folder of the bundled files. */
    public static final String RESOURCE_FOLDER = "neurite/data/digits/";
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";
    public static final String PROVENANCE = "provenance.json";

    /** The ten classes, index = label. */
    public static final List<String> CLASS_NAMES = IdxDataSets.numberedClasses(10);

    private static final String SOURCE = "Neurite bundled digits (from OpenCV's digits.png, derived from MNIST)";

    private BundledDigits() {
    }

    /** Loads the training and test sets, verifying every file against the provenance hashes. */
    public static TrainTestSets load() {
        JsonNode outputs = provenance().path("outputs");
        IdxDataSets idx = new IdxDataSets();
        IdxReader reader = new IdxReader();
        DataSet train = idx.combine("digits-train", read(reader, TRAIN_IMAGES, outputs),
                RESOURCE_FOLDER + TRAIN_IMAGES, read(reader, TRAIN_LABELS, outputs), RESOURCE_FOLDER + TRAIN_LABELS,
                CLASS_NAMES, SOURCE);
        DataSet test = idx.combine("digits-test", read(reader, TEST_IMAGES, outputs), RESOURCE_FOLDER + TEST_IMAGES,
                read(reader, TEST_LABELS, outputs), RESOURCE_FOLDER + TEST_LABELS, CLASS_NAMES, SOURCE);
        return TrainTestSets.of(train, test);
    }

    /** The parsed provenance file (source package, hashes, licence). */
    public static JsonNode provenance() {
        try {
            return new ObjectMapper().readTree(resource(PROVENANCE));
        } catch (IOException e) {
            throw new DataException("The bundled digits' provenance file is unreadable (" + e.getMessage()
                    + "); the installation is damaged: reinstall Neurite.", e);
        }
    }

    /** The bytes of one bundled file. */
    public static byte[] resource(String fileName) {
        try (InputStream in = BundledDigits.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName)) {
            if (in == null) {
                throw new DataException("The bundled digits file '" + fileName + "' is missing from the class path; "
                        + "the installation is damaged: reinstall Neurite.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataException("Cannot read the bundled digits file '" + fileName + "': " + e.getMessage(), e);
        }
    }

    private static IdxArray read(IdxReader reader, String fileName, JsonNode outputs) {
        byte[] bytes = resource(fileName);
        String expected = outputs.path(fileName).asText("");
        String actual = Sha256.of(bytes);
        if (!actual.equals(expected)) {
            throw new DataException("The bundled digits file '" + fileName + "' has SHA-256 " + actual
                    + " but its provenance says " + expected + "; the installation is damaged: reinstall Neurite.");
        }
        return reader.read(bytes, fileName);
    }
}
