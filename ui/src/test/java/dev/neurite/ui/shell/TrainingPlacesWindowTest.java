package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Train and Test places are mounted in the window and built when first shown. */
@ExtendWith(ApplicationExtension.class)
class TrainingPlacesWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")), dataDir);
    }

    @Test
    void trainPlaceIsBuiltWhenFirstShown(FxRobot robot) {
        assertTrue(robot.lookup("#epoch-text").tryQuery().isEmpty(), "not built before it is shown");
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        Node epoch = robot.lookup("#epoch-text").query();
        assertTrue(epoch.isVisible() && epoch.getScene() != null);
        assertFalse(window.build().isVisible());
    }

    @Test
    void testPlaceIsBuiltWhenFirstShown(FxRobot robot) {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#test-place").tryQuery().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("the Test place did not open after its test images were read", e);
        }
        assertTrue(robot.lookup("#test-place").query().isVisible());
        assertTrue(robot.lookup("#model-chooser").tryQuery().isPresent());
    }
}
