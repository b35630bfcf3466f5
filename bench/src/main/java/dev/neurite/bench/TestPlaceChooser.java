package dev.neurite.bench;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the screenshot of the Test place's model chooser: waits until the place lists the project's runs and has
 * evaluated the chosen one, opens the chooser's list, and captures the screen where the window is (the list is a
 * popup window of its own, which a scene snapshot leaves out). JavaFX thread.
 */
final class TestPlaceChooser {

    private static final int MAX_TICKS = 600;

    private TestPlaceChooser() {
    }

    /** Opens the chooser once the place is ready (at most about two minutes), then calls {@code opened}. */
    static void openWhenReady(Scene scene, Runnable opened) {
        Timeline poll = new Timeline();
        int[] ticks = {0};
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
            ticks[0]++;
            Node chooser = scene.lookup("#model-chooser");
            Node evaluation = scene.lookup("#evaluation-message");
            boolean listed = chooser instanceof ComboBox<?> box && box.getItems().size() >= 4;
            boolean evaluated = evaluation instanceof Label label && label.getText().contains(": accuracy");
            if (listed && evaluated || ticks[0] > MAX_TICKS) {
                poll.stop();
                if (chooser instanceof ComboBox<?> box) {
                    box.show();
                }
                Timeline settle = new Timeline(new KeyFrame(Duration.millis(800), done -> opened.run()));
                settle.play();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    /** Writes a PNG of the screen where {@code window} is, popups included. */
    static void captureScreen(Window window, Path png) throws IOException {
        WritableImage image = new javafx.scene.robot.Robot().getScreenCapture(null, window.getX(), window.getY(),
                window.getWidth(), window.getHeight());
        Path absolute = png.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", absolute.toFile())) {
            throw new IOException("No PNG writer available");
        }
    }
}
