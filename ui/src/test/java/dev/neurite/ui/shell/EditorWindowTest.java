package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
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
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window on headless Monocle: the palette, the canvas, the property sheet, the issues list. */
@ExtendWith(ApplicationExtension.class)
class EditorWindowTest {

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, WindowFixture.chain(new InputLayer(TensorShape.of(784))), dataDir);
    }

    private EditorViewModel editor() {
        return window.project().editor();
    }

    private String summary(FxRobot robot) {
        return robot.lookup("#summary").queryAs(TextArea.class).getText();
    }

    /** The centre of a node on the screen, where the robot clicks. */
    private Point2D nodeCentre(String name) {
        Point2D scene = window.build().canvas().nodeCentreInScene(name).orElseThrow();
        javafx.stage.Window stage = window.scene().getWindow();
        return new Point2D(stage.getX() + window.scene().getX() + scene.getX(),
                stage.getY() + window.scene().getY() + scene.getY());
    }

    private void dragDenseAndConnect(FxRobot robot) {
        dropFromPalette(robot, "Dense", robot.point("#canvas").query());
        assertTrue(editor().graph().contains("dense"), "Dense was dropped on the canvas");
        connect(robot, "input_1", "dense");
    }

    @Test
    void draggedDenseConnectsAfterInputAndItsUnitsChangeTheSummary(FxRobot robot) {
        dragDenseAndConnect(robot);
        assertEquals(List.of("input_1"), editor().graph().node("dense").inputs());
        assertTrue(summary(robot).contains("50240"), summary(robot));

        robot.clickOn(nodeCentre("dense"));
        robot.doubleClickOn("#property-units").write("128").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(128, ((Dense) editor().graph().node("dense").layer()).units());
        assertTrue(summary(robot).contains("100480"), summary(robot));
        assertFalse(summary(robot).contains("50240"));
    }

    @Test
    void illegalConnectionIsRefusedWithItsReason(FxRobot robot) {
        dragDenseAndConnect(robot);
        ModelGraph before = editor().graph();
        robot.drag("#out-dense").moveTo(nodeCentre("input_1"));
        WaitForAsyncUtils.waitForFxEvents();
        String hint = robot.lookup("#connection-hint").queryLabeled().getText();
        robot.release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(hint.contains("InputLayer takes no inputs"), hint);
        assertEquals(before, editor().graph());
    }

    /** Finds {@code type} with the palette's search (as a learner would when it is scrolled away) and drags it. */
    private void dropFromPalette(FxRobot robot, String type, Point2D at) {
        robot.clickOn("#palette-search").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(type);
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag("#palette-" + type).moveTo(at).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void connect(FxRobot robot, String from, String to) {
        robot.drag("#out-" + from).moveTo(nodeCentre(to)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void convThenDenseShowsTheIssueAndItsFixClearsIt(FxRobot robot) {
        robot.clickOn(nodeCentre("input_1"));
        robot.doubleClickOn("#property-shape").eraseText(12).write("(28, 28, 1)").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D centre = robot.point("#canvas").query();
        dropFromPalette(robot, "Conv2D", centre);
        dropFromPalette(robot, "Dense", centre.add(0, 170));
        connect(robot, "input_1", "conv2d");
        connect(robot, "conv2d", "dense");
        assertEquals(List.of("conv2d"), editor().graph().node("dense").inputs());

        robot.clickOn(nodeCentre("input_1"));
        robot.clickOn((Node) robot.lookup(".issue-message").match(
                (javafx.scene.control.Label l) -> l.getText().contains("flat vector")).query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("dense", editor().selection().primaryProperty().get(), "a click on the issue selects its node");
        Button fix = robot.lookup("#fix-dense").queryButton();
        assertEquals("Insert Flatten", fix.getText());
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("flatten"), editor().graph().node("dense").inputs());
        assertEquals(List.of("conv2d"), editor().graph().node("flatten").inputs());
        assertTrue(robot.lookup(".fix-button").queryAllAs(Button.class).stream()
                .noneMatch(b -> b.isVisible() && b.getText().equals("Insert Flatten")), "the fix is gone");
        assertTrue(editor().diagnostics().stream().noneMatch(d -> d.message().contains("Flatten before")),
                editor().diagnostics().toString());
    }

    @Test
    void undoAndRedoRestoreTheExactGraphs(FxRobot robot) {
        List<Project> states = new ArrayList<>();
        states.add(editor().project());
        dragDenseAndConnect(robot);
        states.add(editor().project());
        robot.clickOn(nodeCentre("dense"));
        robot.doubleClickOn("#property-units").write("32").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        states.add(editor().project());
        robot.clickOn(nodeCentre("dense")).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        states.add(editor().project());
        assertFalse(editor().graph().contains("dense"));

        robot.clickOn("#canvas");
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(states.get(0), editor().project());
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(states.get(states.size() - 1), editor().project());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(states.get(2), editor().project());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(states.get(3), editor().project());
    }

    @Test
    void savedProjectReopensWithTheSameGraph(FxRobot robot) {
        dragDenseAndConnect(robot);
        javafx.stage.Stage stage = (javafx.stage.Stage) window.scene().getWindow();
        assertTrue(stage.getTitle().startsWith("*"), stage.getTitle());
        Path file = dataDir.resolve("window-test.neurite");
        Project saved = editor().project();
        robot.interact(() -> window.project().saveAs(file, () -> { }, message -> { }));
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());

        robot.clickOn(nodeCentre("dense")).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(editor().graph().contains("dense"));
        robot.interact(() -> editor().markSaved(editor().project()));
        robot.interact(() -> window.project().open(file, message -> { }));

        assertEquals(saved.model().graph(), editor().graph());
        assertEquals(saved, editor().project());
        assertEquals("window-test.neurite \u2014 Neurite", stage.getTitle());
    }

    @Test
    void deleteKeyInATextFieldEditsTheTextNotTheModel(FxRobot robot) {
        robot.clickOn(nodeCentre("input_1"));
        robot.clickOn("#property-name").type(KeyCode.HOME).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().graph().contains("input_1"), "the layer is still there");
        assertEquals("nput_1", robot.lookup("#property-name").queryTextInputControl().getText());
    }

    @Test
    void renamingInTheInspectorRenamesTheLayerWithoutComplaint(FxRobot robot) {
        robot.clickOn(nodeCentre("input_1"));
        robot.doubleClickOn("#property-name").eraseText(10).write("pixels").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#canvas");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(editor().graph().contains("pixels"), editor().graph().toString());
        assertFalse(robot.lookup("#inspector-error").query().isVisible(),
                robot.lookup("#inspector-error").queryLabeled().getText());
        assertEquals("", editor().messageProperty().get());
    }
}
