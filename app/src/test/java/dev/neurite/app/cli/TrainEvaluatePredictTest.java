package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's commands end to end on the bundled digits: train and save, evaluate the saved model, predict. */
class TrainEvaluatePredictTest {

    private static final Pattern EPOCH_LINE = Pattern.compile(
            "Epoch 1/1 - \\d+\\.\\ds - loss: \\d\\.\\d{4} - accuracy: \\d\\.\\d{4} - val_loss: \\d\\.\\d{4}"
                    + " - val_accuracy: \\d\\.\\d{4}");

    @TempDir
    Path folder;

    @Test
    void trainedAndSavedModelEvaluatesAndPredictsAsBeforeSaving() throws IOException {
        Path model = folder.resolve("model.json");
        CliRun train = CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "1", "--train-samples", "600",
                "--save", model.toString());
        assertEquals(0, train.status(), train.err());
        assertTrue(EPOCH_LINE.matcher(train.out()).find(), train.out());
        String testLine = train.out().lines().filter(l -> l.startsWith("Test loss")).findFirst().orElseThrow();
        assertTrue(Files.isRegularFile(folder.resolve("model.weights.zip")));

        CliRun evaluate = CliRun.of("evaluate", model.toString(), "--data", "digits");
        assertEquals(0, evaluate.status(), evaluate.err());
        assertTrue(evaluate.out().startsWith(testLine), evaluate.out());
        assertTrue(evaluate.out().contains("precision"), evaluate.out());

        CliRun predict = CliRun.of("predict", model.toString(), digit().toString());
        assertEquals(0, predict.status(), predict.err());
        assertTrue(predict.out().matches("(?s).*one\\.png: \\d \\(\\d+\\.\\d%\\) -( \\d\\.\\d{3}){10}\\s*"),
                predict.out());
    }

    @Test
    void evaluatingAModelWithoutWeightsSaysHowToTrainIt() throws IOException {
        Path model = folder.resolve("untrained.json");
        assertEquals(0, CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "1", "--train-samples",
                "100", "--save", model.toString()).status());
        Files.delete(folder.resolve("untrained.weights.zip"));
        CliRun evaluate = CliRun.of("evaluate", model.toString(), "--data", "digits");
        assertEquals(2, evaluate.status());
        assertTrue(evaluate.err().contains("has no trained weights"), evaluate.err());
    }

    private Path digit() throws IOException {
        return TestImages.one(folder);
    }
}
