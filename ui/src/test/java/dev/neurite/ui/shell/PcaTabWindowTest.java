package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Data place's PCA tab in the real window, on the bundled digits: opened, it shows the variance curve, the first
 * components, a digit and its reconstruction with a k slider, and x_test on the first two components.
 */
@ExtendWith(ApplicationExtension.class)
class PcaTabWindowTest {

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        WindowFixture.show(stage, Project.of(Templates.get("quick-cnn")), dataDir);
    }

    private void openPcaTab(FxRobot robot) {
        robot.clickOn("#status-totals");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertFalse(robot.lookup("#pca-summary").tryQuery().map(Node::isVisible).orElse(false),
                "nothing is fitted before the tab is shown");
        robot.clickOn("PCA");
        TabPane tabs = robot.lookup("#data-tabs").queryAs(TabPane.class);
        assertEquals("tab-pca", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @Test
    void thePcaTabShowsTheCurveComponentsReconstructionAndScatter(FxRobot robot) {
        openPcaTab(robot);
        assertTrue(robot.lookup("#pca-summary").queryAs(Label.class).getText()
                .startsWith("Fitted on the 3,600 training images only"));

        Set<Integer> curveColours = colours(robot, "#pca-curve");
        assertTrue(curveColours.contains(0xFF0969DA), "the curve is drawn");

        TilePane components = robot.lookup("#pca-components").queryAs(TilePane.class);
        assertEquals(12, components.getChildren().size());
        for (Node tile : components.getChildren()) {
            ImageView view = (ImageView) ((Pane) tile).getChildren().get(0);
            assertTrue(colours(view.getImage()).size() > 20, "a component image has many shades");
        }

        Image original = robot.lookup("#pca-original").queryAs(ImageView.class).getImage();
        ImageView rebuilt = robot.lookup("#pca-reconstruction").queryAs(ImageView.class);
        assertNotNull(original);
        Image before = rebuilt.getImage();
        assertNotNull(before);
        Label kept = robot.lookup("#pca-kept").queryAs(Label.class);
        String keptBefore = kept.getText();
        assertTrue(keptBefore.matches("k = \\d+ components keep 9\\d\\.\\d% of the variance"), keptBefore);
        Slider k = robot.lookup("#pca-k").queryAs(Slider.class);
        assertEquals(784, k.getMax());
        robot.interact(() -> k.setValue(784));
        assertEquals("k = 784 components keep 100.0% of the variance", kept.getText());
        assertNotEquals(0, differingPixels(before, rebuilt.getImage()), "more components, another reconstruction");
        assertEquals(0, differingPixels(original, rebuilt.getImage()), "all components rebuild the digit");

        Set<Integer> scatterColours = colours(robot, "#pca-scatter");
        assertTrue(scatterColours.size() > 10, "dots in ten class colours: " + scatterColours.size());
        assertEquals(10, robot.lookup("#pca-legend").queryAs(Pane.class).getChildren().size());
    }

    /** The colours on the canvas of the region {@code id}, as its snapshot shows them. */
    private static Set<Integer> colours(FxRobot robot, String id) {
        Canvas canvas = robot.lookup(id).lookup((Node n) -> n instanceof Canvas).queryAs(Canvas.class);
        assertTrue(canvas.getWidth() > 100 && canvas.getHeight() > 100, "laid out: " + canvas.getWidth());
        AtomicReference<WritableImage> snapshot = new AtomicReference<>();
        robot.interact(() -> snapshot.set(canvas.snapshot(null, null)));
        return colours(snapshot.get());
    }

    private static Set<Integer> colours(Image image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                seen.add(reader.getArgb(x, y));
            }
        }
        return seen;
    }

    private static int differingPixels(Image a, Image b) {
        int count = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
