package dev.neurite.imports.keras;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files made to hurt (hostile/ fixtures from make_fixtures.py, and oversized ones made here): each is one refusal. */
class KerasImporterHostileTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lambda.json          | layer 'lambda' is a Lambda, which holds Python code; Neurite never runs code",
        "unknown_class.json   | layer 'fancy' has the class 'FancyLayer', which Neurite does not support; it "
                + "supports InputLayer, Dense,",
        "wrong_shape.h5       | the kernel of layer 'dense' (Dense, '/model_weights/dense/dense/kernel:0') has "
                + "shape [785, 16]; the layer needs [784, 16]",
        "huge_shape.h5        | has shape [200000, 100000]; the layer needs [784, 16]",
        "wrong_dtype.h5       | the kernel of layer 'dense_1' (Dense, '/model_weights/dense_1/dense_1/kernel:0') "
                + "holds int values; Neurite reads float32 or float64 weights",
        "missing_weight.h5    | layer 'dense_1' lists the weight 'dense_1/bias:0' but the file has no such dataset",
        "truncated.h5         | is not a readable HDF5 file",
        "missing_layer.keras  | has no weights for layer 'dense_1' (Dense): the group 'layers/dense_1/vars' is "
                + "missing",
        "no_config.keras      | is not a Keras model archive: it has no config.json"})
    void hostileFixtureIsRefusedWithOneClearLine(String file, String expected) {
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> KerasImporter.read(KerasFixtures.file("hostile/" + file)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception:"), e.getMessage());
    }

    @Test
    void hundredMegabyteJsonIsRefusedBeforeReading() throws IOException {
        Path file = folder.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L << 20);
        }
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImporter.read(file));
        assertTrue(e.getMessage().contains("104857600 bytes; a Keras config is at most 16777216 bytes"),
                e.getMessage());
    }

    @Test
    void archiveWhoseConfigInflatesPastTheLimitIsRefused() throws IOException {
        Path file = folder.resolve("bomb.keras");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("config.json"));   // deflated: the entry's size is not in its header
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImporter.read(file));
        assertTrue(e.getMessage().contains("config.json") && e.getMessage().contains("at most 16777216"),
                e.getMessage());
    }

    @Test
    void archiveThatIsNotAZipIsRefused() throws IOException {
        Path file = folder.resolve("model.keras");
        Files.writeString(file, "not a zip");
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImporter.read(file));
        assertTrue(e.getMessage().contains("is not a valid .keras archive"), e.getMessage());
    }

    @Test
    void h5WithoutModelConfigIsRefusedAsWeightsOnly() throws IOException {
        Path file = folder.resolve("weights.h5");
        try (io.jhdf.WritableHdfFile hdf = io.jhdf.HdfFile.write(file)) {
            hdf.putDataset("kernel", new float[]{1, 2});
        }
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImporter.read(file));
        assertTrue(e.getMessage().contains("has no model_config: it holds weights only"), e.getMessage());
    }

    @Test
    void configWithInvalidLayerNameIsRefused() throws IOException {
        Path file = folder.resolve("model.json");
        String json = "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"InputLayer\","
                + " \"config\": {\"batch_input_shape\": [null, 3], \"name\": \"../../etc\"}}]}}";
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        KerasImportException e = assertThrows(KerasImportException.class, () -> KerasImporter.read(file));
        assertTrue(e.getMessage().contains("Layer names must be"), e.getMessage());
    }

    @Test
    void channelsFirstConvolutionIsRefused() {
        String json = "{\"class_name\": \"Sequential\", \"config\": {\"layers\": [{\"class_name\": \"Conv2D\","
                + " \"config\": {\"name\": \"conv\", \"batch_input_shape\": [null, 1, 28, 28], \"filters\": 4,"
                + " \"kernel_size\": 3, \"data_format\": \"channels_first\"}}]}}";
        KerasImportException e = assertThrows(KerasImportException.class,
                () -> KerasImporter.readJson(json, "model.json"));
        assertTrue(e.getMessage().contains("layer 'conv' (Conv2D) has data_format = \"channels_first\"; Neurite "
                + "supports only channels_last"), e.getMessage());
    }
}
