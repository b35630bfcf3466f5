package dev.neurite.ui.shell;

import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window can be worked without a mouse. */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, WindowFixture.chain(new InputLayer(TensorShape.of(784)), new Dense(10)),
                dataDir);
    }

    @Test
    void tabReachesPaletteCanvasNodesIssuesAndSettings(FxRobot robot) {
        robot.clickOn("#palette-search");
        Set<String> visited = new LinkedHashSet<>();
        Set<String> expected = Set.of("palette-Dense", "node-input_1", "node-dense", "issues", "optimizer", "dataset");
        for (int i = 0; i < 90 && !visited.containsAll(expected); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = window.scene().getFocusOwner();
            for (Node node = focused; node != null; node = node.getParent()) {
                if (node.getId() != null) {
                    visited.add(node.getId());
                    break;
                }
            }
        }
        assertTrue(visited.containsAll(expected), "visited only " + visited);
    }

    @Test
    void enterOnAPaletteEntryAddsTheLayerAfterTheSelectedOne(FxRobot robot) {
        robot.clickOn("#node-dense");
        robot.interact(() -> robot.lookup("#palette-Dropout").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.project().editor().graph().node("dropout").inputs().contains("dense"));
    }
}
