package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train}'s pixel scaling and augmentation options: saved with the model, used again by evaluate and predict. */
class TrainPreprocessingCommandTest {

    @TempDir
    Path folder;

    @Test
    void aStandardizedAugmentedModelEvaluatesAsAfterTraining() throws IOException {
        Path model = folder.resolve("model.json");
        CliRun train = CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "1", "--train-samples", "600",
                "--standardize", "--rotation-range", "10", "--width-shift-range", "0.1", "--height-shift-range",
                "0.1", "--zoom-range", "0.1", "--save", model.toString());
        assertEquals(0, train.status(), train.err());
        String json = Files.readString(model);
        assertTrue(json.contains("\"pixel_scaling\" : \"standardize\""), json);
        assertTrue(json.contains("\"rotation_range\" : 10.0") && json.contains("\"zoom_range\" : 0.1"), json);
        try (ZipFile weights = new ZipFile(folder.resolve("model.weights.zip").toFile())) {
            assertNotNull(weights.getEntry("input_1/mean.npy"));
            assertNotNull(weights.getEntry("input_1/std.npy"));
        }
        String testLine = train.out().lines().filter(l -> l.startsWith("Test loss")).findFirst().orElseThrow();

        CliRun evaluate = CliRun.of("evaluate", model.toString(), "--data", "digits");
        assertEquals(0, evaluate.status(), evaluate.err());
        assertTrue(evaluate.out().startsWith(testLine), testLine + " vs " + evaluate.out());

        CliRun predict = CliRun.of("predict", model.toString(), TestImages.one(folder).toString());
        assertEquals(0, predict.status(), predict.err());
    }

    @Test
    void noStandardizeOverridesTheModelsChoice() throws IOException {
        Path first = folder.resolve("first.json");
        assertEquals(0, CliRun.of("train", "logistic", "--data", "digits", "--epochs", "1", "--train-samples", "100",
                "--standardize", "--save", first.toString()).status());
        Path second = folder.resolve("second.json");
        CliRun again = CliRun.of("train", first.toString(), "--data", "digits", "--epochs", "1", "--train-samples",
                "100", "--no-standardize", "--save", second.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(Files.readString(first).contains("standardize"));
        assertTrue(!Files.readString(second).contains("pixel_scaling"), Files.readString(second));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--rotation-range     | 200  | error: --rotation-range must be in [0, 180] degrees; got 200.0",
            "--width-shift-range  | 1    | error: --width-shift-range must be in [0, 1); got 1.0",
            "--height-shift-range | -0.1 | error: --height-shift-range must be in [0, 1); got -0.1",
            "--zoom-range         | NaN  | error: --zoom-range must be in [0, 1); got NaN",
            "--zoom-range         | lots | error: Invalid value for option '--zoom-range': 'lots' is not a double",
            "--batch-size         | 0    | error: --batch-size must be a positive integer; got 0",
    })
    void aBadValueIsOneErrorLineNamingTheOption(String option, String value, String message) {
        CliRun run = CliRun.of("train", "logistic", "--data", "digits", "--epochs", "1", option, value);
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().startsWith(message), run.err());
        assertEquals("", run.out());
    }
}
