package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFileTest {

    private static Project sample() {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(784)),
                new Dense(64, ActivationFunction.RELU), new Dense(10, ActivationFunction.SOFTMAX));
        ModelDefinition model = new ModelDefinition(graph, CompileSettings.defaults(), FitSettings.defaults(), null);
        return new Project(model, Map.of("input_1", new NodePosition(40, 40), "dense", new NodePosition(40.5, 180),
                "dense_1", new NodePosition(-12, 320)), "fashion-mnist");
    }

    private static byte[] bytesOf(Project project) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProjectFile.writeTo(project, out);
        return out.toByteArray();
    }

    private static Project read(byte[] bytes) throws IOException {
        return ProjectFile.read(new ByteArrayInputStream(bytes), "test.neurite");
    }

    /** A zip of the given entries, in order; the names are written as given. */
    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String validModelJson() {
        return ModelFileFormat.write(sample().model());
    }

    private static String validProjectJson() {
        return "{\"format\": \"neurite-project\", \"format_version\": 1, \"dataset\": \"digits\"}";
    }

    @Test
    void writtenProjectReadsBackEqual(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.neurite");
        ProjectFile.write(sample(), file);
        assertEquals(sample(), ProjectFile.read(file));
    }

    @Test
    void savedFileGetsTheUsualPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path file = dir.resolve("model.neurite");
        ProjectFile.write(sample(), file);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
        }
    }

    @Test
    void savedArchiveHoldsModelLayoutAndProjectEntries() throws IOException {
        String text = new String(bytesOf(sample()), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("project.json") && text.contains("model.json") && text.contains("layout.json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.json", "/etc/passwd", "weights/../../x", "C:/windows/x", "a\\..\\b",
        "./model.json"})
    void entriesWithUnsafePathsAreRefused(String name) throws IOException {
        byte[] bytes = zip(name, "x", "project.json", validProjectJson(), "model.json", validModelJson(),
                "layout.json", "{}");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("unsafe path"), error.getMessage());
    }

    @Test
    void duplicateEntriesAreRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(),
                "model.jsoX", validModelJson(), "layout.json", "{}");
        byte[] tampered = replace(bytes, "model.jsoX", "model.json");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(tampered));
        assertTrue(error.getMessage().contains("twice"), error.getMessage());
    }

    @Test
    void entryLargerThanItsLimitIsRefusedWhileReading() throws IOException {
        String huge = "{\"nodes\": {}}" + " ".repeat((int) ProjectFile.MAX_SMALL_ENTRY_BYTES);
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", huge);
        assertTrue(bytes.length < 100_000, "compressed, the archive is small; only inflating shows its size");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("larger than"), error.getMessage());
    }

    @Test
    void unexpectedEntriesAreRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "run.sh", "rm -rf /");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("unexpected entry"), error.getMessage());
    }

    private static dev.neurite.train.RunRecord run(int number, double testAccuracy) {
        return new dev.neurite.train.RunRecord(number, java.time.Instant.parse("2026-01-02T03:04:05Z"), 7.5,
                sample().model(), dev.neurite.train.CallbackSettings.none(), "digits", "ab".repeat(32),
                List.of(new dev.neurite.train.EpochMetrics(1, 0.5, 0.8, 0.45, 0.82, 7.5, 500, 0.001)), 125,
                dev.neurite.train.TrainingListener.EndReason.COMPLETED, "Training finished.", 0.4, testAccuracy);
    }

    @Test
    void runsAreSavedWithTheProjectAndReadBackInOrder(@TempDir Path dir) throws IOException {
        Project project = sample().withRun(run(2, 0.9)).withRun(run(1, 0.8));
        Path file = dir.resolve("runs.neurite");
        ProjectFile.write(project, file);
        Project read = ProjectFile.read(file);
        assertEquals(project, read);
        assertEquals(List.of(1, 2), read.runs().stream().map(dev.neurite.train.RunRecord::number).toList());
        assertEquals(125, read.runs().get(0).batchesPerEpoch());
    }

    @Test
    void theKeptWeightsOfARunAreSavedAndReadBack(@TempDir Path dir) throws IOException {
        var kernel = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][]{{1.5f, -2f}, {0.25f, 3f}});
        TrainedWeights weights = TrainedWeights.of(2, Map.of("dense/kernel", kernel));
        Project project = sample().withRun(run(1, 0.8)).withRun(run(2, 0.9)).withWeights(weights);
        Path file = dir.resolve("weights.neurite");
        ProjectFile.write(project, file);
        Project read = ProjectFile.read(file);
        assertEquals(weights, read.weights());
        assertEquals(kernel, read.weights().read("test").get("dense/kernel"));
        assertEquals(null, read.withRuns(List.of(run(1, 0.8))).weights(), "dropping the run drops its weights");
    }

    private static TrainedWeights weightsOf(int run, float value) {
        var kernel = org.nd4j.linalg.factory.Nd4j.createFromArray(new float[][]{{value, -2f}, {0.25f, 3f}});
        return TrainedWeights.of(run, Map.of("dense/kernel", kernel));
    }

    @Test
    void everyRunKeepsItsWeightsInTheFileByDefault(@TempDir Path dir) throws IOException {
        Project project = sample().withRun(run(1, 0.8)).withRun(run(2, 0.9)).withRun(run(3, 0.7))
                .withWeights(weightsOf(1, 1f)).withWeights(weightsOf(2, 2f)).withWeights(weightsOf(3, 3f));
        Path file = dir.resolve("three.neurite");
        ProjectFile.write(project, file);
        Project read = ProjectFile.read(file);
        assertEquals(project, read);
        assertEquals(List.of(1, 2, 3), List.copyOf(read.kept().byRun().keySet()));
        for (int run = 1; run <= 3; run++) {
            assertEquals(run, read.kept().of(run).orElseThrow().read("test").get("dense/kernel").getFloat(0, 0));
        }
        assertEquals(3, read.weights().run(), "the newest run's weights are the latest");
        assertEquals(KeptWeights.KEEP_ALL, read.kept().keepLastRuns());
        assertTrue(read.kept().bytes() > 0);
        assertEquals(List.of(1, 3), List.copyOf(read.withRuns(List.of(run(1, 0.8), run(3, 0.7))).kept().byRun()
                .keySet()), "dropping a run drops its weights only");
    }

    @Test
    void keepLastRunsKeepsOnlyTheNewestRunsWeightsAndIsSaved(@TempDir Path dir) throws IOException {
        Project project = sample().withRun(run(1, 0.8)).withRun(run(2, 0.9)).withRun(run(3, 0.7))
                .withKeepLastRuns(2)
                .withWeights(weightsOf(1, 1f)).withWeights(weightsOf(2, 2f)).withWeights(weightsOf(3, 3f));
        assertEquals(List.of(2, 3), List.copyOf(project.kept().byRun().keySet()));
        Path file = dir.resolve("bounded.neurite");
        ProjectFile.write(project, file);
        Project read = ProjectFile.read(file);
        assertEquals(project, read);
        assertEquals(2, read.kept().keepLastRuns());
        assertEquals(List.of(3), List.copyOf(read.withKeepLastRuns(1).kept().byRun().keySet()),
                "a tighter bound drops the older weights");
        assertEquals(3, read.runs().size(), "the runs' records all stay");
    }

    @Test
    void aVersionOneFileWithTheLatestRunsWeightsStillReads() throws IOException {
        TrainedWeights weights = weightsOf(2, 5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            String[] texts = {"project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "runs/run-1.json", RunRecordCodec.write(run(1, 0.8)), "runs/run-2.json",
                RunRecordCodec.write(run(2, 0.9))};
            for (int i = 0; i < texts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(texts[i]));
                zip.write(texts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("weights/run-2.zip"));
            zip.write(weights.archive());
            zip.closeEntry();
        }
        Project read = read(out.toByteArray());
        assertEquals(weights, read.weights());
        assertEquals(List.of(2), List.copyOf(read.kept().byRun().keySet()));
        assertEquals(KeptWeights.KEEP_ALL, read.kept().keepLastRuns());
    }

    @Test
    void aNegativeKeepLastRunsIsRefused() throws IOException {
        byte[] bytes = zip("project.json", "{\"format\": \"neurite-project\", \"format_version\": 2, "
                + "\"keep_last_runs\": -1}", "model.json", validModelJson(), "layout.json", "{}");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("keep_last_runs"), error.getMessage());
    }

    @Test
    void keptWeightsOfARunTheProjectDoesNotHaveAreRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "runs/run-1.json", RunRecordCodec.write(run(1, 0.9)), "weights/run-4.zip", "PK");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("weights of run 4"), error.getMessage());
    }

    @Test
    void aRunTrainedFurtherReplacesItsEarlierRecord() {
        Project project = sample().withRun(run(1, 0.8)).withRun(run(1, 0.95));
        assertEquals(1, project.runs().size());
        assertEquals(0.95, project.runs().get(0).testAccuracy());
    }

    @Test
    void aRunEntryWhoseNameDisagreesWithItsNumberIsRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "runs/run-7.json", RunRecordCodec.write(run(3, 0.9)));
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("runs/run-7.json holds run 3"), error.getMessage());
    }

    @Test
    void aDamagedRunIsRefusedNamingItsEntry() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "runs/run-1.json", "{\"format\": \"neurite-run\", \"format_version\": 1, \"number\": ");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("runs/run-1.json"), error.getMessage());
    }

    @Test
    void runEntriesWithOtherNamesAreRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "runs/notes.txt", "hello");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("unexpected entry"), error.getMessage());
    }

    @Test
    void reservedWeightsEntriesAreSkipped() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json", "{}",
                "weights/dense/kernel.npy", "....");
        assertEquals(sample().model(), read(bytes).model());
    }

    @Test
    void fileThatIsNotAZipIsRefusedWithAClearMessage() {
        byte[] bytes = "{\"format\": \"neurite-model\"}".getBytes(StandardCharsets.UTF_8);
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("not a Neurite project"), error.getMessage());
    }

    @Test
    void missingModelEntryIsRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "layout.json", "{}");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("model.json"), error.getMessage());
    }

    @Test
    void newerProjectVersionAsksForAnUpdate() throws IOException {
        byte[] bytes = zip("project.json", "{\"format\": \"neurite-project\", \"format_version\": 9}",
                "model.json", validModelJson(), "layout.json", "{}");
        ModelFormatException error = assertThrows(ModelFormatException.class, () -> read(bytes));
        assertTrue(error.getMessage().contains("Update Neurite"), error.getMessage());
    }

    @Test
    void nonFinitePositionsAreRefused() throws IOException {
        byte[] bytes = zip("project.json", validProjectJson(), "model.json", validModelJson(), "layout.json",
                "{\"nodes\": {\"dense\": {\"x\": 1e300, \"y\": 0}}}");
        assertThrows(ModelFormatException.class, () -> read(bytes));
    }

    @Test
    void saveKilledHalfWayLeavesThePreviousFileByteIdentical(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.neurite");
        ProjectFile.write(sample(), file);
        byte[] before = Files.readAllBytes(file);
        Project changed = sample().withDataset("mnist");

        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(file,
                out -> ProjectFile.writeTo(changed, new FailingStream(out, 200))));

        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        byte[] needle = from.getBytes(StandardCharsets.US_ASCII);
        byte[] replacement = to.getBytes(StandardCharsets.US_ASCII);
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        for (int i = 0; i + needle.length <= copy.length; i++) {
            if (Arrays.equals(copy, i, i + needle.length, needle, 0, needle.length)) {
                System.arraycopy(replacement, 0, copy, i, replacement.length);
            }
        }
        return copy;
    }

    /** Fails like a full disk after {@code limit} bytes. */
    private static final class FailingStream extends FilterOutputStream {
        private long left;

        FailingStream(OutputStream out, long limit) {
            super(out);
            this.left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > left) {
                out.write(bytes, offset, (int) left);
                left = 0;
                throw new IOException("disk full");
            }
            left -= length;
            out.write(bytes, offset, length);
        }
    }

    /** Written by version 1; every later Neurite must still read it. Regenerate only for a new version's file. */
    @Test
    void goldenVersionOneProjectStillReads() throws IOException {
        try (var in = ProjectFileTest.class.getResourceAsStream("/neurite/format/golden/project-v1.neurite")) {
            if (Boolean.getBoolean("neurite.writeGolden")) {
                ProjectFile.write(sample(), Path.of("src/test/resources/neurite/format/golden/project-v1.neurite"));
                return;
            }
            assertEquals(sample(), ProjectFile.read(in, "project-v1.neurite"));
        }
    }
}
