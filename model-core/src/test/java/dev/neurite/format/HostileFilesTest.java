package dev.neurite.format;

import dev.neurite.NeuriteException;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Concatenate;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.Initializer;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.Padding;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.ZeroPadding2D;
import dev.neurite.graph.LayerNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files that say hostile things are refused with one clear message, never hang, never overflow silently. */
class HostileFilesTest {

    @TempDir
    Path dir;

    @Test
    void aModelFileWithAByteOrderMarkIsRead() throws IOException {
        Path file = dir.resolve("bom.json");
        Files.write(file, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ModelFileFormat.write(Templates.get("logistic")).getBytes(StandardCharsets.UTF_8)));
        assertEquals(Templates.get("logistic").graph(), ModelFileFormat.read(file).graph());
    }

    @Test
    void devicesAndPipesAreRefusedWithoutReadingThem() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (Path file : List.of(Path.of("/dev/zero"), fifo)) {
                assertTrue(assertThrows(NeuriteException.class, () -> ModelFileFormat.read(file)).getMessage()
                        .contains("is not a model file"));
                assertTrue(assertThrows(NeuriteException.class, () -> ProjectFile.read(file)).getMessage()
                        .contains("is not a project file"));
                assertTrue(assertThrows(NeuriteException.class, () -> new WeightsArchive().read(file)).getMessage()
                        .contains("is not a weights file"));
            }
        });
    }

    @Test
    void npyShapesBeyondALongAreRefused() {
        for (String shape : List.of("(99999999999999999999,)", "(4294967296, 4294967296, 4294967296)")) {
            byte[] npy = npy("{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }");
            NeuriteException refused = assertThrows(NeuriteException.class, () -> Npy.read(npy, "w.npy"));
            assertTrue(refused.getMessage().contains("more values than can be held"), refused.getMessage());
        }
    }

    @Test
    void zipEntryNamesThatAreNotUtf8AreRefusedByName() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("d\u00e9nse/kernel.npy"));
            zip.write(1);
            zip.closeEntry();
        }
        NeuriteException weights = assertThrows(NeuriteException.class, () -> new WeightsArchive()
                .read(new ByteArrayInputStream(bytes.toByteArray()), "w.zip"));
        assertTrue(weights.getMessage().contains("not UTF-8"), weights.getMessage());
        NeuriteException project = assertThrows(NeuriteException.class, () -> ProjectFile
                .read(new ByteArrayInputStream(bytes.toByteArray()), "p.neurite"));
        assertTrue(project.getMessage().contains("not UTF-8"), project.getMessage());
    }

    @Test
    void aRunRecordLargerThanTwentyThousandEpochsOfHistoryIsRefusedBeforeParsing() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProjectFile.writeTo(new Project(Templates.get("logistic"), java.util.Map.of(), "digits"), bytes);
        ByteArrayOutputStream padded = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(padded)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(in.readAllBytes());
            }
            out.putNextEntry(new ZipEntry("runs/run-1.json"));
            out.write(("{\"history\": [" + "0.5, ".repeat(1_100_000) + "0.5]}").getBytes(StandardCharsets.UTF_8));
        }
        NeuriteException refused = assertThrows(NeuriteException.class,
                () -> ProjectFile.read(new ByteArrayInputStream(padded.toByteArray()), "big-runs.neurite"));
        assertTrue(refused.getMessage().contains("runs/run-1.json"), refused.getMessage());
    }

    @Test
    void shapeArithmeticThatOverflowsIsAnErrorAtTheLayer() {
        int max = Integer.MAX_VALUE;
        InputLayer image = new InputLayer(TensorShape.of(28, 28, 1));
        assertErrorAt("zero_padding2d", ModelGraph.sequential(image, new ZeroPadding2D(max, max, 0, 0), new Flatten(),
                new Dense(10, ActivationFunction.SOFTMAX)), "more than the " + max);
        Conv2D dilated = new Conv2D(4, Dims2D.square(3), Dims2D.square(1), Padding.VALID, Dims2D.square(max),
                ActivationFunction.RELU, true, Initializer.GLOROT_UNIFORM, Initializer.ZEROS, null, null);
        assertErrorAt("conv2d", ModelGraph.sequential(image, dilated, new Flatten(),
                new Dense(10, ActivationFunction.SOFTMAX)), "larger than its 28x28 input");
        ModelGraph wide = ModelGraph.of(List.of(
                new LayerNode("input_1", new InputLayer(TensorShape.of(max)), List.of()),
                new LayerNode("concatenate", new Concatenate(), List.of("input_1", "input_1"))));
        assertErrorAt("concatenate", wide, "more than the " + max);
    }

    private static void assertErrorAt(String layer, ModelGraph graph, String text) {
        List<Diagnostic> errors = graph.analyze().diagnostics(layer).stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.stream().anyMatch(d -> d.message().contains(text)), layer + ": " + errors);
    }

    private static byte[] npy(String header) {
        byte[] text = (header + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) text.length, 0};
        return concat(prefix, text);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
