package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the project's data set cannot be read, the Test place says so and shows the bundled digits instead. */
@ExtendWith(ApplicationExtension.class)
class TestSetNoticeWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")).withDataset("no-such-set"), dataDir);
    }

    @Test
    void aDataSetThatCannotBeReadIsNamedAboveTheBundledDigits(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#test-place").tryQuery().isPresent());
        String notice = robot.lookup("#test-set-notice").queryAs(Label.class).getText();
        assertTrue(notice.contains("'no-such-set'") && notice.contains("bundled digits"), notice);
    }
}
