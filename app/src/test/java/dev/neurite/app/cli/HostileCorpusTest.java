package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case of the hostile corpus, run by the command line in a JVM limited to 1 GiB of heap: exit status 2, one
 * {@code error:} line, no Java exception name, and an answer within 10 seconds (a generous bound: most take
 * milliseconds; the bound catches a hang or a read that never ends).
 */
class HostileCorpusTest {

    @TempDir
    Path folder;

    @Test
    void everyHostileFileIsRefusedInOneLineWithinBoundedTimeAndMemory() throws Exception {
        Process corpus = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), HostileCorpus.class.getName(),
                folder.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(corpus.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(corpus.waitFor(300, TimeUnit.SECONDS), output);
        assertEquals(0, corpus.exitValue(), output);
        List<String[]> results = output.lines().map(line -> line.split("\t", 6)).filter(r -> r.length == 6)
                .toList();
        String count = output.lines().filter(line -> line.startsWith("cases\t")).findFirst().orElseThrow();
        assertEquals(Integer.parseInt(count.substring("cases\t".length())), results.size(), output);
        assertTrue(results.size() >= 20, output);
        for (String[] result : results) {
            String what = String.join(" | ", result);
            assertEquals("2", result[1], what);
            assertEquals("1", result[2], what);
            assertEquals("false", result[3], what);
            assertTrue(Long.parseLong(result[4]) < 10_000, what);
        }
    }
}
