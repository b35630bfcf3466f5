package dev.neurite.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a process with SIGKILL while it saves two models over each other, at many moments, and loads what it left:
 * always one of the two complete models, never a model file beside the other model's weights.
 */
class SavedModelInterruptionTest {

    private static final int KILLS = 8;

    @TempDir
    Path dir;

    @Test
    void everyKillLeavesOneOfTheTwoCompleteModels() throws Exception {
        Path model = dir.resolve("out.json");
        Random random = new Random(7);
        int[] seen = new int[3];
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), model.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            int saves = 1 + random.nextInt(4);
            for (int i = 0; i < saves; i++) {
                String line = lines.readLine();
                assertTrue(line != null && line.startsWith("saved "), "the saving process ended: " + line);
            }
            // A random moment within the next save (one takes tens of milliseconds), not a synchronisation.
            Thread.sleep(random.nextInt(60));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            seen[(int) loadedSeed(model)]++;
        }
        assertEquals(KILLS, seen[1] + seen[2]);

        ageTemporaryFiles();
        SavedModel.write(Templates.get("mnist-mlp"), SaveLoop.weights(1f), model);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> left = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("out.json", "out.weights.zip"), left.stream().filter(n -> !n.endsWith(".next.zip"))
                    .toList(), "leftovers: " + left);
        }
    }

    /** The seed of the model at {@code model}, after checking that every weight equals it. */
    private static long loadedSeed(Path model) {
        SavedModel.Loaded loaded = SavedModel.read(model);
        long seed = loaded.definition().fit().seed();
        assertTrue(seed == 1 || seed == 2, "seed " + seed);
        for (INDArray weight : loaded.weights().values()) {
            assertEquals(seed, weight.minNumber().longValue());
            assertEquals(seed, weight.maxNumber().longValue());
        }
        return seed;
    }

    /** Makes the killed saves' temporary files look as old as a crash in an earlier session would leave them. */
    private void ageTemporaryFiles() throws IOException {
        FileTime earlier = FileTime.from(Instant.now().minusSeconds(60));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".tmp")).toList()) {
                Files.setLastModifiedTime(file, earlier);
            }
        }
    }
}
