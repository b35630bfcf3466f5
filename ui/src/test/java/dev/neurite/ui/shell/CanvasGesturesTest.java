package dev.neurite.ui.shell;

import dev.neurite.format.Templates;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Selection, zoom, clipboard and templates, driven through the real window. */
@ExtendWith(ApplicationExtension.class)
class CanvasGesturesTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, WindowFixture.chain(new InputLayer(TensorShape.of(784)), new Dense(16),
                new Dense(10)), dataDir);
    }

    private EditorViewModel editor() {
        return window.project().editor();
    }

    private Point2D onScreen(Node node, double x, double y) {
        return node.localToScreen(x, y);
    }

    @Test
    void rubberBandSelectsEveryNodeItTouches(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        robot.drag(onScreen(canvas, 5, 5), MouseButton.PRIMARY)
                .moveTo(onScreen(canvas, 300, 330)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("input_1", "dense", "dense_1"), editor().selection().nodes());
    }

    @Test
    void copyAndPasteShortcutsDuplicateTheSelection(FxRobot robot) {
        robot.clickOn("#node-dense");
        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().graph().contains("dense_2"), editor().graph().toString());
        assertEquals(Set.of("dense_2"), editor().selection().nodes());
    }

    @Test
    void controlWheelZoomsTheCanvas(FxRobot robot) {
        Node node = robot.lookup("#node-dense").query();
        double before = node.localToScreen(node.getLayoutBounds()).getWidth();
        robot.moveTo("#canvas").press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.UP)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double after = node.localToScreen(node.getLayoutBounds()).getWidth();
        robot.press(KeyCode.CONTROL).scroll(3, javafx.geometry.VerticalDirection.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        double back = node.localToScreen(node.getLayoutBounds()).getWidth();

        assertTrue(Math.abs(Math.log(after / before)) > Math.log(1.2), before + " -> " + after);
        assertEquals(before, back, 0.5);
    }

    @Test
    void templateDialogDescribesTheTemplateAndStartsANewProjectFromIt(FxRobot robot) {
        Platform.runLater(() -> window.actions().newFromTemplate());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(Templates.get("quick-cnn").template().title());
        String description = robot.lookup("#template-description").queryAs(Label.class).getText();
        robot.clickOn("Create");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(description.startsWith(Templates.get("quick-cnn").template().description()),
                description + " // " + Templates.get("quick-cnn").template().description());
        assertEquals(Templates.get("quick-cnn").graph(), editor().graph());
        assertTrue(editor().project().runs().isEmpty());
        assertFalse(editor().history().canUndoProperty().get(), "a new project, not an edit of the old one");
        assertEquals(null, window.project().fileProperty().get());
    }

    @Test
    void draggedNodeMovesAsOneUndoableEdit(FxRobot robot) {
        dev.neurite.format.NodePosition before = editor().project().layout().get("dense");
        robot.drag("#node-dense", MouseButton.PRIMARY).moveBy(120, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        dev.neurite.format.NodePosition after = editor().project().layout().get("dense");
        assertEquals(before.x() + 120, after.x(), 2.0);
        assertEquals(before.y(), after.y(), 2.0);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, editor().project().layout().get("dense"));
    }

    @Test
    void aDoubleClickOnATemplateCreatesItAndCtrlFFindsALayerType(FxRobot robot) {
        Platform.runLater(() -> window.actions().newFromTemplate());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(Templates.get("vgg-cnn").template().title());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Templates.get("vgg-cnn").graph(), editor().graph());

        robot.clickOn("#canvas").press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("palette-search", window.scene().getFocusOwner().getId());
    }
}
