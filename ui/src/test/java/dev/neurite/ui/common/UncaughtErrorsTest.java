package dev.neurite.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window's last line of defence: what an uncaught exception shows, and where. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {

    private static final Path LOG = Path.of("/data/neurite/logs/neurite0.log");

    private final Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void restoreHandler() {
        Thread.setDefaultUncaughtExceptionHandler(before);
    }

    @Test
    void anUncaughtErrorIsShownAsOneLineThatNamesTheLogFile() {
        List<String> shown = new ArrayList<>();
        new UncaughtErrors(LOG, Runnable::run, shown::add).uncaughtException(Thread.currentThread(),
                new IllegalStateException("The canvas lost its model.\n\tat somewhere"));
        assertEquals(List.of("Something went wrong: The canvas lost its model. Details are in " + LOG + "."), shown);
    }

    @Test
    void anErrorOnTheJavaFxThreadOpensOneDialogOwnedByTheMainWindow(FxRobot robot) {
        robot.interact(() -> UncaughtErrors.install(stage, LOG));
        Platform.runLater(() -> {
            throw new IllegalStateException("The canvas lost its model");
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("The canvas lost its model again");
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Window> dialogs = robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && s.getOwner() == stage && w.isShowing()).toList();
        assertEquals(1, dialogs.size(), "one dialog, owned by the main window");
        DialogPane pane = (DialogPane) dialogs.get(0).getScene().getRoot();
        assertEquals("Something went wrong: The canvas lost its model. Details are in " + LOG + ".",
                pane.getContentText());
        robot.interact(() -> ((Stage) dialogs.get(0)).close());
    }
}
