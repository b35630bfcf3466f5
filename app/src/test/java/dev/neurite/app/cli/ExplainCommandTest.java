package dev.neurite.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExplainCommandTest {

    @TempDir
    Path folder;

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void theDefaultModelWritesEveryLayerItsFiltersTheMapsAndAReport() throws IOException {
        Path out = folder.resolve("explained");
        CliRun run = CliRun.of("explain", "default", TestImages.one(folder).toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        List<String> written = files(out);
        assertTrue(written.containsAll(List.of("input.png", "saliency.png", "occlusion.png", "report.txt")),
                written.toString());
        List<String> reportLayers = run.out().lines().filter(line -> line.matches("^\\S+\\s+[A-Z]\\w+\\s+\\(None.*"))
                .toList();
        long activationPictures = written.stream().filter(f -> f.startsWith("activations/")).count();
        assertEquals(reportLayers.size(), activationPictures, "one picture per layer: " + written);
        assertTrue(reportLayers.size() >= 4, run.out());
        assertTrue(written.stream().anyMatch(f -> f.startsWith("kernels/conv2d")), written.toString());
        assertTrue(run.out().startsWith(TestImages.one(folder) + ": predicted "), run.out());
        assertEquals(Files.readString(out.resolve("report.txt")), run.out());
        for (String file : written) {
            if (file.endsWith(".png")) {
                BufferedImage image = ImageIO.read(out.resolve(file).toFile());
                assertNotNull(image, file);
                assertTrue(image.getWidth() > 20 && image.getHeight() > 20, file);
            }
        }
    }

    @Test
    void anUntrainedTemplateIsExplainedWithAWarningAndItsFirstDenseUnitsAsImages() throws IOException {
        Path out = folder.resolve("mlp");
        CliRun run = CliRun.of("explain", "mnist-mlp", TestImages.one(folder).toString(), "--out", out.toString(),
                "--smoothgrad", "4", "--class", "3");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("warning: template 'mnist-mlp' is untrained"), run.err());
        assertTrue(Files.isRegularFile(out.resolve("kernels/dense.png")), files(out).toString());
        assertTrue(run.out().contains("Explained class 3"), run.out());
        assertTrue(run.out().contains("averaged over 4 noisy copies"), run.out());
    }

    @Test
    void aMissingImageIsOneErrorLine() {
        CliRun run = CliRun.of("explain", "default", folder.resolve("nope.png").toString(), "--out",
                folder.resolve("o").toString());
        assertEquals(NeuriteCommand.USER_ERROR, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anUnknownModelIsOneErrorLineNamingTheTemplates() throws IOException {
        CliRun run = CliRun.of("explain", "no-such-model", TestImages.one(folder).toString(), "--out",
                folder.resolve("o").toString());
        assertEquals(NeuriteCommand.USER_ERROR, run.status());
        assertEquals(1, run.errorLines(), run.err());
        assertTrue(run.err().contains("vgg-cnn"), run.err());
    }

    @Test
    void anOutputPathThatIsAFileOrAClassOutOfRangeIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("taken"), "x");
        CliRun toFile = CliRun.of("explain", "default", TestImages.one(folder).toString(), "--out", file.toString());
        assertEquals(NeuriteCommand.USER_ERROR, toFile.status());
        assertTrue(toFile.err().startsWith("error: '" + file + "' is a file"), toFile.err());
        CliRun badClass = CliRun.of("explain", "default", TestImages.one(folder).toString(), "--out",
                folder.resolve("o").toString(), "--class", "10");
        assertEquals(NeuriteCommand.USER_ERROR, badClass.status());
        assertEquals("error: --class must be between 0 and 9; got 10.", badClass.err().lines().findFirst()
                .orElse(""));
        CliRun missingOut = CliRun.of("explain", "default", TestImages.one(folder).toString());
        assertEquals(NeuriteCommand.USER_ERROR, missingOut.status());
    }
}
