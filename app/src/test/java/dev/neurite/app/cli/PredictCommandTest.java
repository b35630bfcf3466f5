package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictCommandTest {

    @TempDir
    Path folder;

    private Path digitImage() throws IOException {
        return TestImages.one(folder);
    }

    @Test
    void imagesArePreprocessedAndTheMissingDefaultModelIsReportedAsAnError() throws IOException {
        CliRun run = CliRun.of("predict", "default", "--show", digitImage().toString());
        assertEquals(2, run.status());
        assertTrue(run.out().contains("as the network sees it"), run.out());
        assertTrue(run.out().contains("@"), run.out());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("No bundled default model"), run.err());
    }

    @Test
    void missingModelFileIsNamed() throws IOException {
        CliRun run = CliRun.of("predict", folder.resolve("m.nmd").toString(), digitImage().toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("m.nmd' does not exist"), run.err());
    }

    @Test
    void fileThatIsNotAnImageIsNamed() throws IOException {
        Path text = Files.writeString(folder.resolve("note.png"), "hello");
        CliRun run = CliRun.of("predict", "default", text.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("note.png' is not an image Neurite can read"), run.err());
    }

    @Test
    void noImagesIsAUsageError() {
        CliRun run = CliRun.of("predict", "default");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: "), run.err());
    }
}
