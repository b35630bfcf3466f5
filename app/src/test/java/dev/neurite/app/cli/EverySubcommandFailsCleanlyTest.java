package dev.neurite.app.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every subcommand's failure paths, a learner's mistakes: wrong options, missing and corrupt files, impossible
 * values. Each exits 2 with one {@code error:} line and no Java exception or class name (those need --debug). The
 * table must name every subcommand, so a new command cannot be added without its failure cases.
 */
class EverySubcommandFailsCleanlyTest {

    private static final Pattern JAVA_NAME = Pattern.compile(
            "Exception|\\bat dev\\.|\\bat java\\.|\\b(java|javax|dev|org|com)\\.[a-z]+\\.[A-Za-z.]*[A-Z]\\w+");

    @TempDir
    static Path dir;
    private static Path missing;
    private static Path corruptJson;
    private static Path corruptImage;
    private static Path corruptNpz;
    private static Path untrained;

    @BeforeAll
    static void files() throws IOException {
        missing = dir.resolve("nowhere.json");
        corruptJson = Files.writeString(dir.resolve("corrupt.json"), "{\"format\": \"neurite-model\", \"layers\": [");
        corruptImage = Files.write(dir.resolve("digit.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        corruptNpz = Files.writeString(dir.resolve("broken.keras"), "not a zip");
        untrained = dir.resolve("untrained.json");
        CliRun saved = CliRun.of("train", "logistic", "--data", "digits", "--epochs", "1", "--train-samples", "50",
                "--save", untrained.toString());
        Files.deleteIfExists(dev.neurite.format.WeightsArchive.besideModel(untrained));
        assertEquals(0, saved.status(), saved.err());
    }

    /** Per subcommand: argument lists a learner might type that must fail cleanly. */
    static Stream<List<String>> mistakes() {
        List<List<String>> cases = new ArrayList<>();
        String m = missing.toString();
        String c = corruptJson.toString();
        cases.add(List.of("templates", "--bogus"));
        cases.add(List.of("summary", m));
        cases.add(List.of("summary", c));
        cases.add(List.of("summary", "logistic", "--style", "keras4"));
        cases.add(List.of("export-keras", c));
        cases.add(List.of("export-keras", "logistic", "--dataset", "cifar"));
        cases.add(List.of("export-keras", "logistic", "--folds", "1"));
        cases.add(List.of("train", m, "--data", "digits"));
        cases.add(List.of("train", "logistic", "--data", "nowhere"));
        cases.add(List.of("train", "logistic", "--data", "digits", "--epochs", "0"));
        cases.add(List.of("train", "logistic"));
        cases.add(List.of("cross-validate", "logistic", "--data", "digits", "--folds", "1"));
        cases.add(List.of("cross-validate", c, "--data", "digits", "--folds", "3"));
        cases.add(List.of("evaluate", m, "--data", "digits"));
        cases.add(List.of("evaluate", untrained.toString(), "--data", "digits"));
        cases.add(List.of("datasets", "inspect", "nowhere"));
        cases.add(List.of("datasets", "download", "cifar"));
        cases.add(List.of("predict", "default", corruptImage.toString()));
        cases.add(List.of("predict", m, corruptImage.toString()));
        cases.add(List.of("import-run", corruptNpz.toString(), "--project", dir.resolve("p.neurite").toString()));
        cases.add(List.of("import-run", m, "--project", dir.resolve("p.neurite").toString()));
        cases.add(List.of("explain", "default", corruptImage.toString(), "--out", dir.resolve("out").toString()));
        cases.add(List.of("explain", "default", m, "--out", dir.resolve("out").toString()));
        cases.add(List.of("help", "no-such-command"));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("mistakes")
    void aMistakeExitsTwoWithOneErrorLineAndNoJavaNames(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String what = String.join(" ", args) + " ->\n" + run.err();
        assertEquals(2, run.status(), what);
        assertTrue(run.err().startsWith("error: "), what);
        assertEquals(1, run.errorLines(), what);
        assertFalse(JAVA_NAME.matcher(run.err()).find(), what);
    }

    @Test
    void everySubcommandHasItsMistakesInTheTable() {
        Set<String> commands = new TreeSet<>(new CommandLine(new NeuriteCommand()).getSubcommands().keySet());
        Set<String> covered = new TreeSet<>();
        mistakes().forEach(args -> covered.add(args.get(0)));
        assertEquals(commands, covered);
    }
}
