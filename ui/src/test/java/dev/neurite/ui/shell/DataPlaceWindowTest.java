package dev.neurite.ui.shell;

import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.data.TensorLines;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.controlsfx.control.GridCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Data place in the real window: opened with Ctrl+1, it shows the bundled digits as the lessons print them. */
@ExtendWith(ApplicationExtension.class)
class DataPlaceWindowTest {

    private static final DataSet TRAIN = DataSources.resolve("digits").train();

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("quick-cnn")), dataDir);
    }

    private void openWithShortcut(FxRobot robot) {
        robot.clickOn("#status-totals");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    }

    @Test
    void ctrl1OpensTheDataPlaceWithTheTensorsAsTheLessonsPrintThem(FxRobot robot) {
        openWithShortcut(robot);
        assertTrue(robot.lookup("#data-place").query().isVisible());
        String loaded = robot.lookup("#tensors-loaded").queryAs(TensorLines.class).text();
        String prepared = robot.lookup("#tensors-prepared").queryAs(TensorLines.class).text();
        assertEquals("x_train (4000, 28, 28) uint8\ny_train (4000,) uint8\nx_test (1000, 28, 28) uint8\n"
                + "y_test (1000,) uint8", loaded);
        assertTrue(prepared.contains("x_train (4000, 28, 28, 1) float32 in [0, 1]"), prepared);
        assertTrue(prepared.contains("y_train (4000, 10) float32 one-hot"), prepared);
        String legend = robot.lookup("#split-legend").queryAs(Label.class).getText();
        assertEquals("training 3,600 \u00b7 validation 400 \u00b7 test 1,000", legend);
        assertTrue(robot.lookup("#test-kept").queryAs(Label.class).getText().startsWith("The test set is kept"));
    }

    @Test
    void theSplitIsDrawnToScale(FxRobot robot) {
        openWithShortcut(robot);
        double[] widths = new double[3];
        String[] parts = {"#split-training", "#split-validation", "#split-test"};
        for (int i = 0; i < 3; i++) {
            widths[i] = robot.lookup(parts[i]).queryAs(Region.class).getWidth();
        }
        double total = widths[0] + widths[1] + widths[2];
        assertEquals(3600 / 5000.0, widths[0] / total, 0.01);
        assertEquals(400 / 5000.0, widths[1] / total, 0.01);
        assertEquals(1000 / 5000.0, widths[2] / total, 0.01);
    }

    @Test
    void theGridMakesTilesOnlyForWhatIsVisible(FxRobot robot) {
        openWithShortcut(robot);
        Set<Node> tiles = robot.lookup(".sample-tile").queryAll();
        assertFalse(tiles.isEmpty());
        assertTrue(tiles.size() < 400, "4,000 samples but only " + tiles.size() + " tiles");
    }

    @Test
    void aDoubleClickedSampleShowsItsLabelOneHotAndHoveredPixel(FxRobot robot) {
        openWithShortcut(robot);
        int index = 5;
        Node tile = robot.lookup(".sample-tile").match(node -> node instanceof GridCell<?> cell
                && Integer.valueOf(index).equals(cell.getItem())).query();
        robot.doubleClickOn(tile);
        TabPane tabs = robot.lookup("#data-tabs").queryAs(TabPane.class);
        assertEquals("tab-sample", tabs.getSelectionModel().getSelectedItem().getId());

        int label = TRAIN.label(index);
        assertEquals("y_train[5] = " + label, robot.lookup("#sample-label").queryAs(Label.class).getText());
        assertEquals("1", robot.lookup("#one-hot-" + label).queryAs(Label.class).getText());
        assertEquals("0", robot.lookup("#one-hot-" + ((label + 1) % 10)).queryAs(Label.class).getText());
        String oneHot = robot.lookup("#one-hot-text").queryAs(Label.class).getText();
        assertTrue(oneHot.startsWith("to_categorical(" + label + ", 10)"), oneHot);

        int row = 14;
        int column = 12;
        Canvas matrix = robot.lookup("#pixel-matrix").lookup((Node n) -> n instanceof Canvas).queryAs(Canvas.class);
        double cell = matrix.getWidth() / 28;
        robot.moveTo(matrix, Pos.TOP_LEFT, new Point2D((column + 0.5) * cell, (row + 0.5) * cell), Motion.DIRECT);
        int value = TRAIN.pixel(index, row, column);
        String slice = robot.lookup("#pixel-slice").queryAs(Label.class).getText();
        assertTrue(slice.startsWith(String.format(Locale.ROOT, "x_train[5, 14, 12] = %d  \u2192  ", value)), slice);
    }

    @Test
    void aRotationRangeSetOnTheSliderIsInTheFitSettingsAndThePreview(FxRobot robot) {
        openWithShortcut(robot);
        robot.clickOn("Augmentation");
        Slider rotation = robot.lookup("#rotation-range").queryAs(Slider.class);
        TilePane copies = robot.lookup("#augmentation-copies").queryAs(TilePane.class);
        ImageView first = (ImageView) copies.getChildren().get(0);
        var before = first.getImage();
        robot.interact(() -> rotation.setValue(20));
        assertEquals(20, window.project().editor().project().model().fit().augmentation().rotationRange());
        ImageView after = (ImageView) copies.getChildren().get(0);
        assertFalse(sameImage(before, after.getImage()), "the preview turned the sample");
        String settings = robot.lookup("#augmentation-settings").queryAs(Label.class).getText();
        assertEquals("ImageDataGenerator(rotation_range=20)", settings);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0, window.project().editor().project().model().fit().augmentation().rotationRange(),
                "undoable like every edit");
    }

    private static boolean sameImage(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
