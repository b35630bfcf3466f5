package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code neurite train --save} as a real process, stopped by Ctrl-C or by a full disk. */
class SaveInterruptionProcessTest {

    @TempDir
    Path folder;

    private static List<String> neurite(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.neurite.app.Main"));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void ctrlCWhileTrainingSaysNothingWasSaved() throws Exception {
        Path target = folder.resolve("m.json");
        Process child = new ProcessBuilder(neurite("train", "mnist-mlp", "--data", "digits", "--epochs", "500",
                "--train-samples", "300", "--save", target.toString())).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("Epoch 1/500"), "first line: " + line);
        new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(130, child.exitValue(), err);
        assertTrue(err.contains("Interrupted: nothing was saved; '" + target + "' was not changed."), err);
        assertFalse(Files.exists(target));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aFullDiskKeepsThePreviousModelAndSaysSoInOneLine() throws Exception {
        Path disk = Files.createDirectory(folder.resolve("disk"));
        Path kept = Files.createDirectory(folder.resolve("kept"));
        String model = disk.resolve("m.json").toString();
        String train = String.join(" ", neurite("train", "logistic", "--data", "digits", "--epochs", "1",
                "--train-samples", "100", "--save", model)).replace(" -cp ", " -cp '")
                .replace(" dev.neurite.app.Main", "' dev.neurite.app.Main");
        // A private mount namespace with a 256 KiB disk: save once, fill the disk, save again with another seed.
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=256k tmpfs " + disk,
                train + " > /dev/null || exit 10",
                "cp " + disk + "/m.json " + disk + "/m.weights.zip " + kept + "/",
                "dd if=/dev/zero of=" + disk + "/filler bs=4k 2>/dev/null",
                train + " --seed 99 2> " + kept + "/err.txt; echo $? > " + kept + "/status.txt",
                "ls -a " + disk + " > " + kept + "/left.txt",
                "cp " + disk + "/m.json " + kept + "/m.after.json; cp " + disk + "/m.weights.zip " + kept
                        + "/m.after.weights.zip");
        Process shell = new ProcessBuilder("unshare", "--mount", "--map-root-user", "bash", "-c", script)
                .redirectErrorStream(true).start();
        String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shell.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, shell.exitValue(), output);

        assertEquals("2", Files.readString(kept.resolve("status.txt")).strip());
        List<String> errors = Files.readAllLines(kept.resolve("err.txt")).stream()
                .filter(l -> !l.startsWith("WARNING")).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("error: Cannot save the model to ")
                && errors.get(0).contains("the model saved there before is unchanged"), errors.get(0));
        assertFalse(errors.get(0).contains("Exception"), errors.get(0));
        assertArrayEquals(Files.readAllBytes(kept.resolve("m.json")), Files.readAllBytes(kept.resolve("m.after.json")));
        assertArrayEquals(Files.readAllBytes(kept.resolve("m.weights.zip")),
                Files.readAllBytes(kept.resolve("m.after.weights.zip")));
        assertFalse(Files.readString(kept.resolve("left.txt")).contains(".tmp"),
                Files.readString(kept.resolve("left.txt")));
    }
}
