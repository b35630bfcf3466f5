package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code summary --style} and {@code train --log-style}: Keras 3's output on request, Keras 2's by default. */
class KerasStyleOptionsTest {

    private static final Pattern KERAS3_EPOCH = Pattern.compile(
            "Epoch 1/1\n\\d+/\\d+ \u2501{20} \\d+s \\d+(s|ms|us)/step - accuracy: \\d\\.\\d{4} - loss: \\d+\\.\\d{4}"
                    + " - val_accuracy: \\d\\.\\d{4} - val_loss: \\d+\\.\\d{4}\n");

    @Test
    void summaryStyleKeras3PrintsTheBoxedTableWithSizes() {
        CliRun run = CliRun.of("summary", "mnist-mlp", "--style", "keras3");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Model: \"sequential\"\n\u250f"), run.out());
        assertTrue(run.out().contains("\n Total params: 407,050 (1.55 MB)\n"), run.out());
        assertTrue(run.out().contains("\n Non-trainable params: 0 (0.00 B)\n"), run.out());
        assertTrue(run.out().endsWith("No problems found.\n"), run.out());
        assertTrue(run.out().lines().filter(line -> line.startsWith("\u2502")).allMatch(line -> line.length() == 76),
                run.out());
    }

    @Test
    void quickCnnIsTheKerasIoConvnetAndPrintsItsKeras3Totals() {
        CliRun run = CliRun.of("summary", "quick-cnn", "--style", "keras3");

        assertEquals(0, run.status(), run.err());
        String row = "\n│ conv2d_1 (Conv2D)               │ (None, 11, 11, 64)     │        18,496 │\n";
        assertTrue(run.out().contains(row), run.out());
        assertTrue(run.out().contains("\n Total params: 34,826 (136.04 KB)\n Trainable params: 34,826 (136.04 KB)\n"
                + " Non-trainable params: 0 (0.00 B)\nNo problems found.\n"), run.out());
    }

    @Test
    void summaryKeepsTheKeras2LayoutByDefault() {
        CliRun run = CliRun.of("summary", "mnist-mlp");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\nTotal params: 407,050\n"), run.out());
        assertFalse(run.out().contains("\u250f"), run.out());
        assertEquals(CliRun.of("summary", "mnist-mlp", "--style", "keras2").out(), run.out());
    }

    @Test
    void summaryLineLengthSetsTheTableWidth() {
        CliRun run = CliRun.of("summary", "mnist-mlp", "--style", "keras3", "--line-length", "88");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().lines().filter(line -> line.startsWith("\u2502")).allMatch(line -> line.length() == 88),
                run.out());
    }

    @Test
    void unknownSummaryStyleIsAUsageErrorListingTheStyles() {
        CliRun run = CliRun.of("summary", "mnist-mlp", "--style", "keras4");

        assertEquals(NeuriteCommand.USER_ERROR, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("Unknown style 'keras4'; use one of: keras2, keras3."), run.err());
        assertEquals("", run.out());
    }

    @Test
    void lineLengthTooNarrowOrWithoutKeras3IsRefused() {
        CliRun narrow = CliRun.of("summary", "mnist-mlp", "--style", "keras3", "--line-length", "10");
        assertEquals(NeuriteCommand.USER_ERROR, narrow.status());
        assertTrue(narrow.err().startsWith("error: --line-length 10: The line length 10 is too narrow"), narrow.err());

        CliRun zero = CliRun.of("summary", "mnist-mlp", "--style", "keras3", "--line-length", "0");
        assertEquals(NeuriteCommand.USER_ERROR, zero.status());
        assertTrue(zero.err().startsWith("error: --line-length must be at least 1; got 0."), zero.err());

        CliRun keras2 = CliRun.of("summary", "mnist-mlp", "--line-length", "88");
        assertEquals(NeuriteCommand.USER_ERROR, keras2.status());
        assertTrue(keras2.err().startsWith("error: --line-length applies to --style keras3 only."), keras2.err());
    }

    @Test
    void helpDocumentsTheStyles() {
        CliRun summary = CliRun.of("summary", "--help");
        assertEquals(0, summary.status());
        assertTrue(summary.out().contains("--style=keras2|keras3"), summary.out());
        assertTrue(summary.out().contains("--line-length=N"), summary.out());

        CliRun train = CliRun.of("train", "--help");
        assertEquals(0, train.status());
        assertTrue(train.out().contains("--log-style=keras2|keras3"), train.out());
    }

    @Test
    void unknownLogStyleIsAUsageError() {
        CliRun run = CliRun.of("train", "mnist-mlp", "--data", "digits", "--log-style", "tf1");

        assertEquals(NeuriteCommand.USER_ERROR, run.status());
        assertTrue(run.err().contains("Unknown style 'tf1'; use one of: keras2, keras3."), run.err());
    }

    @Test
    void trainLogStyleKeras3PrintsTheProgressBarLineAfterEachEpoch() {
        CliRun run = CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "1", "--train-samples", "300",
                "--validation-split", "0.2", "--log-style", "keras3");

        assertEquals(0, run.status(), run.err());
        assertTrue(KERAS3_EPOCH.matcher(run.out()).find(), run.out());
        assertFalse(run.out().contains(" - 0."), "no Keras 2 line: " + run.out());
    }
}
