package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code datasets inspect} of every source {@code --data} accepts, printed as the Keras lessons print arrays. */
class DatasetsInspectSourcesTest {

    @TempDir
    Path folder;

    @Test
    void bundledDigitsPrintTheirArraysBeforeAndAfterPreparation() {
        CliRun run = CliRun.of("datasets", "inspect", "digits");
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        for (String line : new String[] {"x_train (4000, 28, 28) uint8", "y_train (4000,) uint8",
            "x_test (1000, 28, 28) uint8", "y_test (1000,) uint8", "x_train (4000, 28, 28, 1) float32 in [0, 1]",
            "y_train (4000, 10) float32 one-hot", "x_test (1000, 28, 28, 1) float32 in [0, 1]",
            "y_test (1000, 10) float32 one-hot", "pixel range: 0 to 255 (train), 0 to 255 (test)"}) {
            assertTrue(out.contains(line), "missing '" + line + "' in\n" + out);
        }
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+7\\s+7\\s+400\\s+100")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+total\\s+4000\\s+1000")), out);
    }

    @Test
    void aKaggleCsvHasOnlyATrainingPartAndItsOwnPixelRange() throws IOException {
        Path csv = folder.resolve("train.csv");
        StringJoiner header = new StringJoiner(",", "label,", "\n");
        for (int p = 0; p < 784; p++) {
            header.add("pixel" + p);
        }
        StringBuilder text = new StringBuilder(header.toString());
        int[][] rows = {{3, 7}, {5, 200}, {3, 9}};
        for (int[] row : rows) {
            text.append(row[0]);
            for (int p = 0; p < 784; p++) {
                text.append(',').append(p == 100 ? row[1] : 2);
            }
            text.append('\n');
        }
        Files.writeString(csv, text);

        CliRun run = CliRun.of("datasets", "inspect", csv.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("x_train (3, 28, 28) uint8"), run.out());
        assertTrue(run.out().contains("no test part"), run.out());
        assertFalse(run.out().contains("x_test"), run.out());
        assertTrue(run.out().contains("x_train (3, 28, 28, 1) float32 in [0.008, 0.784]"), run.out());
        assertTrue(run.out().contains("pixel range: 2 to 200 (train)"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+3\\s+3\\s+2")), run.out());
    }

    @Test
    void anImageFolderCountsOneClassPerSubFolder() throws IOException {
        for (String name : new String[] {"cat", "dog"}) {
            Files.createDirectories(folder.resolve("pets").resolve(name));
        }
        writeImage(folder.resolve("pets/cat/a.png"), 40);
        writeImage(folder.resolve("pets/cat/b.png"), 80);
        writeImage(folder.resolve("pets/dog/c.png"), 120);

        CliRun run = CliRun.of("datasets", "inspect", folder.resolve("pets").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("x_train (3, 28, 28) uint8"), run.out());
        assertTrue(run.out().contains("y_train (3, 2) float32 one-hot"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+0\\s+cat\\s+2")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+1\\s+dog\\s+1")), run.out());
    }

    @Test
    void idxFilesGivenAsADataSpecArePrintedLikeADataSet() throws IOException {
        Path images = resource("t10k-images-idx3-ubyte.gz");
        Path labels = resource("t10k-labels-idx1-ubyte.gz");
        CliRun run = CliRun.of("datasets", "inspect", images + "," + labels);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("x_train (1000, 28, 28) uint8"), run.out());
        assertTrue(run.out().contains("y_train (1000,) uint8"), run.out());
    }

    @Test
    void aSingleIdxFileStillGetsTheIdxCheck() throws IOException {
        CliRun run = CliRun.of("datasets", "inspect", resource("t10k-images-idx3-ubyte.gz").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("shape: 1000 x 28 x 28"), run.out());
    }

    @Test
    void aDownloadableSetThatIsNotDownloadedSaysHowToGetIt() {
        CliRun run = CliRun.of("datasets", "inspect", "fashion-mnist", "--cache-dir", folder.toString());
        if (Files.isDirectory(Path.of("/usr/share/datasets/fashion-mnist"))) {
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().contains("x_train (60000, 28, 28) uint8"), run.out());
            return;
        }
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("neurite datasets download fashion-mnist"), run.err());
    }

    @Test
    void anUnknownSourceIsOneErrorLineWithWhatIsAccepted() {
        CliRun run = CliRun.of("datasets", "inspect", folder.resolve("nowhere").toString());
        assertEquals(2, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("digits, mnist, fashion-mnist"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private Path resource(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("neurite/data/digits/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static void writeImage(Path file, int grey) throws IOException {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 8; y < 20; y++) {
            for (int x = 8; x < 20; x++) {
                image.getRaster().setSample(x, y, 0, grey);
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
