package dev.neurite.ui.shell;

import dev.neurite.format.NodePosition;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.TensorShape;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's dialogs: owned by it, in plain words. */
@ExtendWith(ApplicationExtension.class)
class WindowDialogsTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = WindowFixture.show(stage, WindowFixture.chain(new InputLayer(TensorShape.of(784))), dataDir);
    }

    private DialogPane dialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWork(FxRobot robot) {
        robot.interact(() -> window.project().editor().addLayer(LayerType.DENSE, new NodePosition(300, 200)));
        AtomicBoolean went = new AtomicBoolean();
        Platform.runLater(() -> window.actions().whenChangesHandled(() -> went.set(true)));

        DialogPane pane = dialog(robot);
        assertTrue(pane.getHeaderText().contains("Save the changes"), pane.getHeaderText());
        assertEquals(stage, ((Stage) pane.getScene().getWindow()).getOwner());
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(went.get());
        assertTrue(window.project().editor().graph().contains("dense"));
    }

    @Test
    void openingADamagedFileShowsAPlainMessageInAnOwnedDialog(FxRobot robot) throws Exception {
        Path damaged = dataDir.resolve("damaged.neurite");
        Files.write(damaged, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Platform.runLater(() -> window.actions().openRecent(damaged));

        DialogPane pane = dialog(robot);
        String text = pane.getContentText();
        Window owner = ((Stage) pane.getScene().getWindow()).getOwner();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(stage, owner);
        assertTrue(text.startsWith("Could not open damaged.neurite."), text);
        assertFalse(text.contains("Exception") || text.contains("\tat "), text);
    }

    @Test
    void workLeftByACrashIsOfferedBackAndRestored(FxRobot robot) throws Exception {
        dev.neurite.format.Project crashed = WindowFixture.chain(new InputLayer(TensorShape.of(784)),
                new dev.neurite.layers.Dense(32));
        dev.neurite.format.ProjectFile.write(crashed, dataDir.resolve("recovery.neurite"));
        Platform.runLater(window::afterShown);

        DialogPane pane = dialog(robot);
        assertTrue(pane.getHeaderText().contains("Restore"), pane.getHeaderText());
        robot.clickOn("Restore");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(crashed.model(), window.project().editor().project().model());
        assertTrue(window.project().editor().dirtyProperty().get(), "restored work still needs saving");
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());
    }
}
