package dev.neurite.app.cli;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.settings.Optimizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --save} keeps good work: a failed or diverged run replaces nothing, bad targets are refused first. */
class TrainSaveSafetyTest {

    @TempDir
    Path folder;

    private Path goodModel() {
        Path good = folder.resolve("good.json");
        CliRun train = CliRun.of("train", "logistic", "--data", "digits", "--epochs", "1", "--train-samples", "200",
                "--save", good.toString());
        assertEquals(0, train.status(), train.err());
        return good;
    }

    private Path modelFile(String name, ModelDefinition model) throws IOException {
        Path file = folder.resolve(name);
        ModelFileFormat.write(model, file);
        return file;
    }

    @Test
    void aDivergedRunDoesNotReplaceAGoodModelAndExitsNonZero() throws IOException {
        Path good = goodModel();
        byte[] model = Files.readAllBytes(good);
        byte[] weights = Files.readAllBytes(folder.resolve("good.weights.zip"));
        ModelDefinition mlp = Templates.get("mnist-mlp");
        Path exploding = modelFile("exploding.json", mlp.withCompile(mlp.compile()
                .withOptimizer(new Optimizer.Sgd(1e30, 0, false))));

        CliRun run = CliRun.of("train", exploding.toString(), "--data", "digits", "--epochs", "1",
                "--train-samples", "200", "--save", good.toString());

        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("diverged") && run.err().contains("was left as it was"), run.err());
        assertFalse(run.out().contains("Saved"), run.out());
        assertArrayEquals(model, Files.readAllBytes(good));
        assertArrayEquals(weights, Files.readAllBytes(folder.resolve("good.weights.zip")));
    }

    @Test
    void aModelThatSummaryCallsWrongIsRefusedBeforeTraining() throws IOException {
        String fiveClasses = ModelFileFormat.write(Templates.get("logistic")).replaceFirst("\"units\" *: *10",
                "\"units\": 5");
        Path five = Files.writeString(folder.resolve("five.json"), fiveClasses);

        CliRun run = CliRun.of("train", five.toString(), "--data", "digits", "--epochs", "1");

        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("The model cannot train on 'digits': dense: The last layer gives 5 values but "
                + "the data set 'digits' has 10 classes"), run.err());
        assertFalse(run.out().contains("Epoch"), run.out());
    }

    @Test
    void aFailedRunSavesNothingAndExitsNonZero() throws IOException {
        String fiveClasses = ModelFileFormat.write(Templates.get("logistic")).replaceFirst("\"units\" *: *10",
                "\"units\": 5");
        Path five = Files.writeString(folder.resolve("five.json"), fiveClasses);
        Path target = folder.resolve("five-trained.json");

        CliRun run = CliRun.of("train", five.toString(), "--data", "digits", "--epochs", "1", "--train-samples",
                "200", "--save", target.toString());

        assertTrue(run.status() != 0, run.out() + run.err());
        assertFalse(Files.exists(target));
        assertFalse(run.out().contains("Saved"), run.out());
    }

    @Test
    void saveTargetsThatCannotBeAModelFileAreRefusedBeforeTraining() {
        for (String target : new String[]{"", "x.weights.zip", folder.toString(),
                folder.resolve("missing/m.json").toString()}) {
            CliRun run = CliRun.of("train", "logistic", "--data", "digits", "--epochs", "1", "--save", target);
            assertEquals(2, run.status(), target + ": " + run.err());
            assertEquals(1, run.errorLines(), run.err());
            assertFalse(run.out().contains("Epoch"), target + " trained first: " + run.out());
        }
    }
}
