package dev.neurite.bench;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a PNG of a scene, for the README's screenshots. Call on the JavaFX thread. */
final class SceneSnapshot {

    private SceneSnapshot() {
    }

    static void write(Scene scene, Path png) throws IOException {
        WritableImage image = scene.snapshot(null);
        Path absolute = png.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", absolute.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
