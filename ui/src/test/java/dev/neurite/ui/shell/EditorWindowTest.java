package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Point2D;
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
        Point2D canvasCentre = robot.point("#canvas").query();
        robot.drag("#palette-Dense").moveTo(canvasCentre).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editor().graph().contains("dense"), "Dense was dropped on the canvas");
        robot.drag("#out-input_1").moveTo(nodeCentre("dense")).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
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

    @Test
    void convThenDenseShowsTheIssueAndItsFixClearsIt(FxRobot robot) {
        robot.interact(() -> {
            editor().reset(WindowFixture.chain(new InputLayer(TensorShape.of(28, 28, 1)),
                    new Conv2D(8, Dims2D.square(3)), new Dense(10, ActivationFunction.SOFTMAX)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button fix = robot.lookup("#fix-dense").queryButton();
        assertEquals("Insert Flatten", fix.getText());

        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(editor().graph().contains("flatten"));
        assertEquals(List.of("flatten"), editor().graph().node("dense").inputs());
        assertTrue(robot.lookup("#fix-dense").tryQuery().isEmpty(), "the fix is gone with the problem");
        assertTrue(editor().diagnostics().stream().noneMatch(d -> "dense".equals(d.node())));
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
}
