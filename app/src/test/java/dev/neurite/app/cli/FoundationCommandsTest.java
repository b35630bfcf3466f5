package dev.neurite.app.cli;

import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FoundationCommandsTest {

    @Test
    void templatesListsEveryTemplateWithItsParameterCount() {
        CliRun run = CliRun.of("templates");
        assertEquals(0, run.status());
        assertEquals(7, run.out().lines().count());
        assertTrue(run.out().contains("mnist-mlp") && run.out().contains("407,050"), run.out());
        assertTrue(run.out().contains("pca-mlp") && run.out().contains("9,098"), run.out());
    }

    @Test
    void versionSaysWhichEngineBuildAndSettingsThisMachineGets() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.status());
        String[] lines = run.out().split("\n");
        assertEquals(VersionProvider.VERSION, lines[0]);
        assertTrue(lines[1].startsWith("engine: nd4j-native ") && lines[1].contains("(CPU: "), run.out());
        assertTrue(lines[2].startsWith("engine settings: ") && lines[2].contains("OMP_WAIT_POLICY="), run.out());
    }

    @Test
    void summaryOfATemplatePrintsKerasTotalsAndNoProblems() {
        CliRun run = CliRun.of("summary", "mnist-mlp");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("Total params: 407,050"), run.out());
        assertTrue(run.out().endsWith("No problems found.\n"), run.out());
    }

    @Test
    void everyCommandAnswersHelpWithItsUsage() {
        for (String[] args : new String[][]{{"train", "--help"}, {"datasets", "--help"}, {"templates", "--help"},
                {"datasets", "download", "--help"}, {"predict", "-h"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.status(), String.join(" ", args) + ": " + run.err());
            assertTrue(run.out().startsWith("Usage: neurite " + args[0]), run.out());
        }
    }

    @Test
    void outOfRangeNumbersAreRefusedWithTheAllowedRange() {
        for (String[] args : new String[][]{{"summary", "logistic", "--classes", "0"},
                {"summary", "logistic", "--classes", "-5"},
                {"train", "logistic", "--data", "digits", "--threads", "1000"},
                {"train", "logistic", "--data", "digits", "--threads", "0"},
                {"train", "logistic", "--data", "digits", "--train-samples", "0"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(2, run.status(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.errorLines(), run.err());
            assertTrue(run.err().matches("(?s)error: --[a-z-]+ must be (from|at least) .*"), run.err());
        }
    }

    @Test
    void summaryOfAModelFileListsItsProblemsAndExitsWithTheUserErrorStatus(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                new Conv2D(4, Dims2D.square(3)), new Dense(10));
        ModelFileFormat.write(Templates.get("mnist-mlp").withGraph(graph), file);
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.out().contains("error: dense: Dense needs a flat vector"), run.out());
        assertTrue(run.out().contains("[fix: Insert Flatten]"), run.out());
    }

    @Test
    void missingModelIsOneErrorLineWithStatusTwo() {
        CliRun run = CliRun.of("summary", "no-such-model.json");
        assertEquals(2, run.status());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void corruptModelFileIsOneErrorLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corrupt.json");
        Files.writeString(file, "{\"format\": \"neurite-model\", \"format_version\": 1, \"layers\": [");
        CliRun run = CliRun.of("summary", file.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: " + file + " is not valid JSON"), run.err());
    }

    @Test
    void debugShowsTheStackTrace(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("--debug", "summary", "no-such-model.json");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("at dev.neurite"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("summary", "--bogus", "mnist-mlp");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void exportKerasWritesARunnableScript(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("model.py");
        CliRun run = CliRun.of("export-keras", "quick-cnn", "-o", script.toString());
        assertEquals(0, run.status(), run.err());
        String text = Files.readString(script);
        assertTrue(text.contains("layers.Conv2D(32, (3, 3), activation=\"relu\", name=\"conv2d\")"), text);
        assertTrue(text.contains("validation_split=0.1"), text);
    }

    @Test
    void exportKerasForTheBundledDigitsWritesThemBesideTheScript(@TempDir Path dir) throws IOException {
        Path script = dir.resolve("digits.py");
        CliRun run = CliRun.of("export-keras", "quick-cnn", "--dataset", "digits", "-o", script.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(script).contains("np.load(os.path.join(here, \"digits.npz\"))"));
        assertTrue(Files.size(dir.resolve("digits.npz")) > 1_000_000, "the archive holds every digit");
        assertTrue(run.err().contains("digits.npz"), run.err());
    }

    @Test
    void exportKerasForTheBundledDigitsToTheConsoleAsksForAFile() {
        CliRun run = CliRun.of("export-keras", "quick-cnn", "--dataset", "digits");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("give -o FILE"), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }
}
