package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --pca-components} and {@code cross-validate}: what a learner following seeds 000 and 001 types. */
class PcaAndCrossValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void aModelTrainedOnComponentsSavesTheProjectionAndEvaluatesAsAfterTraining() throws IOException {
        Path model = folder.resolve("pca.json");
        CliRun train = CliRun.of("train", "pca-mlp", "--data", "digits", "--epochs", "1", "--train-samples", "600",
                "--pca-components", "60", "--save", model.toString());
        assertEquals(0, train.status(), train.err());
        assertTrue(Files.readString(model).contains("\"pca_components\" : 60"));
        try (ZipFile weights = new ZipFile(folder.resolve("pca.weights.zip").toFile())) {
            assertNotNull(weights.getEntry("input_1/pca_mean.npy"));
            assertNotNull(weights.getEntry("input_1/pca_components.npy"));
        }
        String testLine = train.out().lines().filter(l -> l.startsWith("Test loss")).findFirst().orElseThrow();
        CliRun evaluate = CliRun.of("evaluate", model.toString(), "--data", "digits");
        assertEquals(0, evaluate.status(), evaluate.err());
        assertTrue(evaluate.out().startsWith(testLine), testLine + " vs " + evaluate.out());
        CliRun predict = CliRun.of("predict", model.toString(), TestImages.one(folder).toString());
        assertEquals(0, predict.status(), predict.err());
    }

    @Test
    void crossValidatePrintsALinePerFoldAndTheMeanAndDeviation() {
        CliRun run = CliRun.of("cross-validate", "logistic", "--data", "digits", "--folds", "3", "--stratified",
                "--seed", "4", "--epochs", "1", "--train-samples", "300");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        assertEquals("3-fold cross-validation (stratified) on 300 samples of digits-train, seed 4", lines.get(0));
        for (int f = 1; f <= 3; f++) {
            assertTrue(lines.get(f).matches("Fold " + f + "/3 - [0-9.]+s - 200 trained, 100 held out - loss: "
                    + "[0-9.]+ - accuracy: [0-9.]+"), lines.get(f));
        }
        assertTrue(lines.get(4).matches("Accuracy: 0\\.[0-9]{4} \\+- 0\\.[0-9]{4} \\(3 folds\\)"), lines.get(4));
        CliRun again = CliRun.of("cross-validate", "logistic", "--data", "digits", "--folds", "3", "--stratified",
                "--seed", "4", "--epochs", "1", "--train-samples", "300");
        assertEquals(lines.get(4), again.out().lines().toList().get(4), "a fixed seed repeats the scores");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "one fold         | --folds          | 1   | error: folds must be at least 2; got 1.",
            "more folds       | --folds          | 301 | error: folds must be at most the number of training "
                    + "samples, 300; got 301.",
            "negative pca     | --pca-components | -2  | error: --pca-components must be a positive integer, or 0 "
                    + "for no PCA; got -2",
            "pca, pixel input | --pca-components | 30  | error: The model cannot train on 'digits-train': input_1: "
                    + "The fit reduces each image to 30 principal components",
    })
    void aBadValueIsOneErrorLine(String what, String option, String value, String message) {
        CliRun run = CliRun.of("cross-validate", "logistic", "--data", "digits", "--train-samples", "300", "--epochs",
                "1", option, value);
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().startsWith(message), what + ": " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void trainingWithComponentsTheInputDoesNotTakeIsOneErrorLine() {
        CliRun run = CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "1", "--pca-components", "60");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("error: The model cannot train on 'digits': input_1: The fit reduces each "
                + "image to 60 principal components (pca_components), so the Input must be (None, 60)"), run.err());
    }
}
