package dev.neurite.app.cli;

import dev.neurite.data.DataSet;
import dev.neurite.data.digits.BundledDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictCommandTest {

    @TempDir
    Path folder;

    private Path digitImage() throws IOException {
        return TestImages.one(folder);
    }

    /** Writes test image {@code index} of the bundled digits as a dark-on-light PNG, as a learner would draw it. */
    private Path bundledTestDigit(DataSet test, int index) throws IOException {
        BufferedImage image = new BufferedImage(test.width(), test.height(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < test.height(); y++) {
            for (int x = 0; x < test.width(); x++) {
                int grey = 255 - test.pixel(index, y, x);
                image.setRGB(x, y, 0xFF000000 | grey << 16 | grey << 8 | grey);
            }
        }
        Path file = folder.resolve("digit-" + index + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Test
    void bundledTestDigitsArePredictedByTheDefaultModelOneLinePerFile() throws IOException {
        DataSet test = BundledDigits.load().test().orElseThrow();
        int[] indices = {0, 1, 2, 3, 4};
        List<String> args = new ArrayList<>(List.of("predict", "default"));
        for (int index : indices) {
            args.add(bundledTestDigit(test, index).toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(indices.length, lines.size(), run.out());
        for (int i = 0; i < indices.length; i++) {
            String[] fields = lines.get(i).split("\t");
            assertEquals(folder.resolve("digit-" + indices[i] + ".png").toString(), fields[0]);
            assertEquals(String.valueOf(test.label(indices[i])), fields[1], lines.get(i));
            double probability = Double.parseDouble(fields[2]);
            assertTrue(probability > 0.5 && probability <= 1, lines.get(i));
        }
    }

    @Test
    void fileNamesWithTabsAndNewlinesCannotAddFieldsOrLines() throws IOException {
        Path spoofing = Files.copy(digitImage(), digitImage().resolveSibling("a\tb\n7\t1.0000.png"));
        CliRun run = CliRun.of("predict", "default", spoofing.toString(), digitImage().toString());
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(lines.get(0).contains("a\\tb\\n7\\t1.0000.png\t"), lines.get(0));
        assertTrue(lines.stream().allMatch(line -> line.split("\t").length == 3), run.out());
    }

    @Test
    void showPrintsWhatTheNetworkSeesBeforeThePrediction() throws IOException {
        CliRun run = CliRun.of("predict", "default", "--show", digitImage().toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("as the network sees it"), run.out());
        assertTrue(run.out().contains("@"), run.out());
        assertTrue(run.out().contains("one.png\t"), run.out());
    }

    @Test
    void emptyImageIsWarnedAboutAndStillPredicted() throws IOException {
        BufferedImage blank = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        Path file = folder.resolve("blank.png");
        ImageIO.write(blank, "png", file.toFile());
        CliRun run = CliRun.of("predict", "default", file.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: " + file + ": The image is empty"), run.err());
        assertEquals(1, run.out().lines().count(), run.out());
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
