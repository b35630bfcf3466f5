package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.project.AppDirectories;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View > Summary Style switches the Build place's summary between Keras 2's and Keras 3's table and remembers it. */
@ExtendWith(ApplicationExtension.class)
class SummaryStyleMenuTest {

    @TempDir
    static Path dataDir;

    @Start
    void start(Stage stage) {
        WindowFixture.show(stage, Project.of(Templates.get("mnist-mlp")), dataDir);
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#summary").queryAs(TextArea.class).getText();
    }

    private static void choose(FxRobot robot, String item) {
        robot.clickOn("View").clickOn("#menu-summary-style").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void keras3ChoiceShowsTheBoxedTableAndIsSaved(FxRobot robot) throws IOException {
        assertTrue(summary(robot).contains("\nTotal params: 407,050\n"), summary(robot));

        choose(robot, "Keras 3");

        assertTrue(summary(robot).contains("\u250f"), summary(robot));
        assertTrue(summary(robot).contains(" Total params: 407,050 (1.55 MB)\n"), summary(robot));
        Path settings = new AppDirectories(dataDir).settings();
        assertTrue(Files.readString(settings, StandardCharsets.UTF_8).contains("summaryStyle=keras3"));

        choose(robot, "Keras 2");

        assertFalse(summary(robot).contains("\u250f"), summary(robot));
        assertTrue(Files.readString(settings, StandardCharsets.UTF_8).contains("summaryStyle=keras2"));
    }
}
