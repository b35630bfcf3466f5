package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetsCommandTest {

    @TempDir
    Path folder;

    private Path resource(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("neurite/data/digits/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void listShowsEveryDataSetWithTheDefaultBundled() {
        CliRun run = CliRun.of("datasets", "--cache-dir", folder.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("digits"), run.out());
        assertTrue(run.out().contains("bundled (default)"), run.out());
        assertTrue(run.out().contains("not downloaded: neurite datasets download mnist"), run.out());
        assertTrue(run.out().contains("fashion-mnist"), run.out());
        assertTrue(run.out().contains("CSV (Kaggle digit recognizer)"), run.out());
    }

    @Test
    void inspectPrintsShapeCountsPerClassAndPixelRange() throws IOException {
        CliRun run = CliRun.of("datasets", "inspect", resource("t10k-images-idx3-ubyte.gz").toString(),
                resource("t10k-labels-idx1-ubyte.gz").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("shape: 1000 x 28 x 28"), run.out());
        assertTrue(run.out().contains("pixel range: 0 to 255"), run.out());
        assertTrue(run.out().contains("    9: 100"), run.out());
    }

    @Test
    void inspectOfABadFilePrintsOneErrorLineAndExits2() throws IOException {
        Path bad = Files.write(folder.resolve("bad.idx3"), new byte[] {0, 0, 8, 3, 0, 0, 0, 5});
        CliRun run = CliRun.of("datasets", "inspect", bad.toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("ends inside its header"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void inspectOfAMissingFileSaysSo() {
        CliRun run = CliRun.of("datasets", "inspect", folder.resolve("none.gz").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: IDX file '"), run.err());
    }

    @Test
    void downloadWhenOfflineEndsWithAClearErrorLine() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CliRun run = CliRun.of("datasets", "download", "mnist", "--cache-dir", folder.toString(), "--timeout", "2",
                "--mirror", "http://127.0.0.1:" + closedPort + "/mnist/");
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("Could not download train-images-idx3-ubyte.gz"), run.err());
        assertTrue(run.err().contains("You seem to be offline"), run.err());
    }

    @Test
    void downloadOfAnUnknownIdIsRefused() {
        CliRun run = CliRun.of("datasets", "download", "digits", "--cache-dir", folder.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("'digits' cannot be downloaded"), run.err());
    }
}
