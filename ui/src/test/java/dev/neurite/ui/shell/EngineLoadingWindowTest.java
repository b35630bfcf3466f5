package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.common.EngineLoading;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first start's unpacking of the engine shows in the window, and so does a failure to load it. */
@ExtendWith(ApplicationExtension.class)
class EngineLoadingWindowTest {

    @TempDir
    static Path dataDir;

    private final EngineLoading engineLoading = new EngineLoading();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")), dataDir, engineLoading);
    }

    @Test
    void unpackingShowsProgressUntilReadyAndAProblemStaysVisible(FxRobot robot) {
        engineLoading.unpacking(0.4);
        WaitForAsyncUtils.waitForFxEvents();
        Label loading = robot.lookup("#engine-loading").queryAs(Label.class);
        assertTrue(loading.isVisible());
        engineLoading.ready();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(loading.isVisible());
        engineLoading.failed("The training engine's native libraries could not be loaded");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#engine-problem").queryAs(Label.class).getText().contains("could not be loaded"));
    }

    @Test
    void trainPlaceWaitsForTheUnpackingAndOpensWhenItIsDone(FxRobot robot) {
        engineLoading.unpacking(0.1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.show("train"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Preparing the training engine").tryQuery().isPresent());
        assertTrue(robot.lookup("#epoch-text").tryQuery().isEmpty());
        engineLoading.ready();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#epoch-text").tryQuery().isPresent());
    }
}
