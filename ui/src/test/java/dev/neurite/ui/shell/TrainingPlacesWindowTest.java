package dev.neurite.ui.shell;

import dev.neurite.data.DataCatalog;
import dev.neurite.data.DataSources;
import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
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
    void choosingAnotherDataSetGivesTheTestPlaceItsTestImages(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(DataSources.standard().findDownloaded(DataCatalog.FASHION_MNIST).isPresent(),
                "needs Fashion-MNIST (Debian's dataset-fashion-mnist)");
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evaluationMessage(robot).contains("1,000 test images"));
        robot.interact(() -> window.project().editor().setDataset(DataCatalog.FASHION_MNIST));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> evaluationMessage(robot).contains("10,000 test images"));
        robot.clickOn("#cancel-evaluation");
    }

    private static String evaluationMessage(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#evaluation-message").tryQuery()
                .map(node -> ((Label) node).getText()).orElse("")).get();
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
