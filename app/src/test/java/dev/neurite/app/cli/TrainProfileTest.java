package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code neurite train --profile}: the table of each epoch's time by phase after training, and only with it. */
class TrainProfileTest {

    private static final String HEADER = "epoch       data    forward    metrics   backward     update evaluation"
            + "      other      total";
    private static final Pattern EPOCH_ROW = Pattern.compile("\\s+\\d+(\\s+\\d+\\.\\d{3}){8}");
    private static final Pattern SHARE_ROW = Pattern.compile("share(\\s+\\d+\\.\\d%){7}\\s+100\\.0%");

    @Test
    void profilePrintsOneRowPerEpochWhosePhasesSumToItsTotalThenTheShares() {
        CliRun run = CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "2", "--train-samples", "300",
                "--validation-split", "0.2", "--profile");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        int title = lines.indexOf(ProfileTable.TITLE);
        assertTrue(title > 0, run.out());
        assertTrue(lines.subList(0, title).stream().anyMatch(l -> l.startsWith("Test loss")),
                "the table comes after training and the test evaluation:\n" + run.out());
        assertEquals(HEADER, lines.get(title + 1));
        for (int epoch = 1; epoch <= 2; epoch++) {
            String row = lines.get(title + 1 + epoch);
            assertTrue(EPOCH_ROW.matcher(row).matches(), row);
            double[] values = Arrays.stream(row.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
            assertEquals(epoch, (int) values[0]);
            double phases = Arrays.stream(values, 1, 8).sum();
            assertEquals(values[8], phases, 0.005, "seven rounded phases against the total: " + row);
            assertTrue(values[6] > 0, "validation ran, so evaluation took time: " + row);
        }
        assertTrue(SHARE_ROW.matcher(lines.get(title + 4)).matches(), lines.get(title + 4));
    }

    @Test
    void withoutTheOptionNoProfileIsPrinted() {
        CliRun run = CliRun.of("train", "mnist-mlp", "--data", "digits", "--epochs", "1", "--train-samples", "200");
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("Profile"), run.out());
        assertFalse(run.out().contains("backward"), run.out());
    }
}
