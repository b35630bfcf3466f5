package dev.neurite.app.cli;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/** Image files for command tests. */
final class TestImages {

    private TestImages() {
    }

    /** An 80x80 PNG {@code one.png} in {@code folder}: a dark vertical stroke (a "1") on white. */
    static Path one(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 80; x++) {
                image.setRGB(x, y, Math.abs(x - 40) < 5 && y > 10 && y < 70 ? 0 : 0xFFFFFF);
            }
        }
        Path file = folder.resolve("one.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
