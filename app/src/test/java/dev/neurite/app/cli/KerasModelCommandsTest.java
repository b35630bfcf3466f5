package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands that take a model accept Keras files: model-core's fixtures (made by its make_fixtures.py). */
class KerasModelCommandsTest {

    private static final Path FIXTURES = Path.of("..", "model-core", "src", "test", "resources", "keras");

    @TempDir
    Path folder;

    private static String fixture(String name) {
        return FIXTURES.resolve(name).toString();
    }

    @Test
    void summaryOfKerasArchiveShowsItsLayersAndParameters() {
        CliRun run = CliRun.of("summary", fixture("keras3_mlp.keras"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("dense_1") && run.out().contains("12,730"), run.out());
    }

    @Test
    void summaryOfKerasJsonConfigIsToldApartFromNeuriteJson() {
        CliRun run = CliRun.of("summary", fixture("keras3_cnn.json"), "--classes", "3");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("batch_normalization") && run.out().contains("251"), run.out());
    }

    @Test
    void predictWithLegacyH5UsesItsWeights() throws IOException {
        CliRun run = CliRun.of("predict", fixture("keras2_mlp.h5"), TestImages.one(folder).toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("one.png\t"), run.out());
    }

    @Test
    void evaluateKerasArchiveOnBundledDigits() {
        CliRun run = CliRun.of("evaluate", fixture("keras3_mlp.keras"), "--data", "digits");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().toLowerCase(java.util.Locale.ROOT).contains("accuracy"), run.out());
    }

    @Test
    void predictWithKerasConfigWithoutWeightsIsOneError() throws IOException {
        CliRun run = CliRun.of("predict", fixture("keras2_mlp.json"), TestImages.one(folder).toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("is a Keras config without weights"), run.err());
    }

    @Test
    void lambdaLayerIsOneErrorLineWithTheReason() {
        CliRun run = CliRun.of("summary", fixture("hostile/lambda.json"));
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("Lambda") && run.err().contains("never runs code"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void truncatedH5IsOneErrorLine() {
        CliRun run = CliRun.of("export-keras", fixture("hostile/truncated.h5"));
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("is not a readable HDF5 file"), run.err());
    }

    @Test
    void exportKerasWritesTheWeightsBesideTheScriptAndTheyRoundTrip() throws IOException {
        Path script = folder.resolve("train.py");
        CliRun run = CliRun.of("export-keras", fixture("keras2_cnn.h5"), "-o", script.toString());
        assertEquals(0, run.status(), run.err());
        Path npz = folder.resolve("train.weights.npz");
        assertTrue(java.nio.file.Files.readString(script).contains("\"train.weights.npz\""));
        java.util.Map<String, org.nd4j.linalg.api.ndarray.INDArray> exported =
                new dev.neurite.format.WeightsArchive().read(npz);
        java.util.Map<String, org.nd4j.linalg.api.ndarray.INDArray> imported =
                dev.neurite.imports.keras.KerasImporter.read(FIXTURES.resolve("keras2_cnn.h5")).weights();
        assertEquals(imported.keySet(), exported.keySet());
        imported.forEach((key, value) -> assertEquals(value, exported.get(key), key));
    }

    @Test
    void exportKerasWithoutWeightsOptionWritesOnlyTheScript() {
        Path script = folder.resolve("plain.py");
        CliRun run = CliRun.of("export-keras", fixture("keras2_cnn.h5"), "--no-weights", "-o", script.toString());
        assertEquals(0, run.status(), run.err());
        assertFalse(java.nio.file.Files.exists(folder.resolve("plain.weights.npz")));
    }

    @Test
    void importRunAddsTheTrainedModelAndItsHistoryToAProject() throws IOException {
        Path history = folder.resolve("history.json");
        java.nio.file.Files.writeString(history, "{\"loss\": [0.9, 0.5, 0.3], \"accuracy\": [0.7, 0.85, 0.9], "
                + "\"val_loss\": [0.6, 0.4, NaN], \"val_accuracy\": [0.8, 0.88, 0.91], "
                + "\"lr\": [0.001, 0.001, 0.0005]}");
        Path project = folder.resolve("cluster.neurite");

        CliRun first = CliRun.of("import-run", fixture("keras3_mlp.keras"), "--history", history.toString(),
                "--project", project.toString());
        CliRun second = CliRun.of("import-run", fixture("keras2_mlp.h5"), "--project", project.toString());

        assertEquals(0, first.status(), first.err());
        assertEquals(0, second.status(), second.err());
        assertTrue(first.out().contains("Added Run 1") && first.out().contains("for 3 epochs"), first.out());
        dev.neurite.format.Project saved = dev.neurite.format.ProjectFile.read(project);
        assertEquals(2, saved.runs().size());
        assertEquals(3, saved.runs().get(0).history().size());
        assertEquals(0.0005, saved.runs().get(0).history().get(2).learningRate(), 1e-12);
        assertTrue(Double.isNaN(saved.runs().get(0).history().get(2).validationLoss()));
        assertEquals(2, saved.weights().run());
    }

    @Test
    void importRunWithAHistoryOfUnequalListsIsOneError() throws IOException {
        Path history = folder.resolve("history.json");
        java.nio.file.Files.writeString(history, "{\"loss\": [0.9, 0.5], \"accuracy\": [0.7]}");
        CliRun run = CliRun.of("import-run", fixture("keras3_mlp.keras"), "--history", history.toString(),
                "--project", folder.resolve("p.neurite").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("\"accuracy\" has 1 values but \"loss\" has 2"), run.err());
        assertFalse(java.nio.file.Files.exists(folder.resolve("p.neurite")));
    }

    @Test
    void summaryExportAndEvaluateAcceptAProjectWithItsKeptWeights(@TempDir Path folder) throws Exception {
        Path project = folder.resolve("p.neurite");
        assertEquals(0, CliRun.of("import-run", fixture("keras3_mlp.keras"), "--project", project.toString())
                .status());

        CliRun summary = CliRun.of("summary", project.toString());
        Path script = folder.resolve("p.py");
        CliRun export = CliRun.of("export-keras", project.toString(), "-o", script.toString());
        CliRun evaluate = CliRun.of("evaluate", project.toString(), "--data", "digits");

        assertEquals(0, summary.status(), summary.err());
        assertTrue(summary.out().contains("dense_1 (Dense)"), summary.out());
        assertEquals(0, export.status(), export.err());
        assertTrue(Files.exists(folder.resolve("p.weights.npz")), export.err());
        assertEquals(0, evaluate.status(), evaluate.err());
        assertTrue(evaluate.out().contains("test images misclassified"), evaluate.out());
    }

    @Test
    void aProjectWithoutWeightsCannotBeEvaluatedAndSaysHowToTrainIt(@TempDir Path folder) throws Exception {
        Path project = folder.resolve("new.neurite");
        dev.neurite.format.ProjectFile.write(dev.neurite.format.Project.of(
                dev.neurite.format.Templates.get("logistic")), project);

        CliRun evaluate = CliRun.of("evaluate", project.toString(), "--data", "digits");

        assertEquals(2, evaluate.status());
        assertEquals(1, evaluate.errorLines(), evaluate.err());
        assertTrue(evaluate.err().contains("keeps no trained weights"), evaluate.err());
    }
}
