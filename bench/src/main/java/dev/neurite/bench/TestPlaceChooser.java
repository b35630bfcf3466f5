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

    /**
     * Once the place is ready: turns A/B mode on, draws a 7 on the canvas with mouse events and calls {@code drawn}
     * when both models' probabilities are shown (or after about two minutes).
     */
    static void abWhenReady(Scene scene, Runnable drawn) {
        whenTrue(() -> ready(scene), () -> {
            if (scene.lookup("#ab-mode") instanceof javafx.scene.control.CheckBox ab) {
                ab.setSelected(true);
            }
            whenTrue(() -> scene.lookup("#compare-title") instanceof Label title && title.isVisible()
                    && ((javafx.scene.Parent) scene.lookup("#compare-bars")).isVisible() && compareReady(scene), () -> {
                        drawSeven(scene.lookup("#drawing-canvas"));
                        whenTrue(() -> shown(scene, "#draw-bars") && shown(scene, "#compare-bars"), drawn);
                    });
        });
    }

    /**
     * Once the chosen model has been evaluated on the test images: draws a 7, clicks the gallery's first tile and
     * calls {@code done} when the drawing's and the tile's probabilities are shown (or after about two minutes).
     */
    static void drawnAndChosenWhenEvaluated(Scene scene, Runnable done) {
        whenTrue(() -> scene.lookup("#evaluation-message") instanceof Label label
                && label.getText().contains(": accuracy"), () -> {
                    drawSeven(scene.lookup("#drawing-canvas"));
                    for (Node tile : scene.lookup("#gallery-grid").lookupAll(".gallery-tile")) {
                        if (tile instanceof javafx.scene.control.IndexedCell<?> cell && cell.getItem() != null) {
                            javafx.event.Event.fireEvent(cell, new javafx.scene.input.MouseEvent(
                                    javafx.scene.input.MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1,
                                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false,
                                    false, true, false, true, null));
                            break;
                        }
                    }
                    whenTrue(() -> shown(scene, "#draw-bars") && shown(scene, "#gallery-probabilities"), done);
                });
    }

    private static boolean compareReady(Scene scene) {
        Node message = scene.lookup(".model-line");
        return !(message instanceof javafx.scene.Parent line) || line.getChildrenUnmodifiable().stream()
                .noneMatch(n -> n instanceof Label label && label.getText().startsWith("Loading"));
    }

    private static boolean shown(Scene scene, String id) {
        return scene.lookup(id) instanceof dev.neurite.ui.draw.ProbabilityBars bars && bars.probabilities() != null;
    }

    private static boolean ready(Scene scene) {
        Node chooser = scene.lookup("#model-chooser");
        Node evaluation = scene.lookup("#evaluation-message");
        return chooser instanceof ComboBox<?> box && box.getItems().size() >= 4
                && evaluation instanceof Label label && label.getText().contains(": accuracy");
    }

    /** Polls {@code condition} every 200 ms; runs {@code then} once it holds, or after {@link #MAX_TICKS} polls. */
    private static void whenTrue(java.util.function.BooleanSupplier condition, Runnable then) {
        Timeline poll = new Timeline();
        int[] ticks = {0};
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(200), e -> {
            if (condition.getAsBoolean() || ++ticks[0] > MAX_TICKS) {
                poll.stop();
                then.run();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    /** A 7: a bar across the top, then a stroke down to the left, as mouse events on {@code canvas}. */
    private static void drawSeven(Node canvas) {
        double[][] points = {{80, 60}, {130, 60}, {190, 60}, {170, 110}, {150, 160}, {130, 220}};
        fire(canvas, javafx.scene.input.MouseEvent.MOUSE_PRESSED, points[0]);
        for (int i = 1; i < points.length; i++) {
            for (int step = 1; step <= 8; step++) {
                double t = step / 8.0;
                fire(canvas, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, new double[] {
                    points[i - 1][0] + t * (points[i][0] - points[i - 1][0]),
                    points[i - 1][1] + t * (points[i][1] - points[i - 1][1])});
            }
        }
        fire(canvas, javafx.scene.input.MouseEvent.MOUSE_RELEASED, points[points.length - 1]);
    }

    private static void fire(Node target, javafx.event.EventType<javafx.scene.input.MouseEvent> type, double[] at) {
        // The event's x and y are scene coordinates; each node on the way gets them in its own.
        javafx.geometry.Point2D scene = target.localToScene(at[0], at[1]);
        javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(type, scene.getX(), scene.getY(),
                scene.getX(), scene.getY(),
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false,
                false, false, null));
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
