package dev.neurite.ui.editor.canvas;

import dev.neurite.layers.LayerType;
import dev.neurite.ui.editor.EditorFixtures;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Splicing a layer into a connection on a real canvas: by its context menu and by a palette drop on the wire. */
@ExtendWith(ApplicationExtension.class)
class SpliceOnConnectionTest {

    private EditorViewModel editor;

    @Start
    void start(Stage stage) {
        editor = EditorFixtures.chain();
        stage.setScene(new Scene(new CanvasView(editor), 900, 700));
        stage.show();
    }

    private static Node shown(FxRobot robot, String text) {
        return robot.lookup(text).match((Node node) -> node.getScene() != null
                && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing()).query();
    }

    @Test
    void insertLayerHereFromTheConnectionsContextMenuSplicesIt(FxRobot robot) {
        robot.rightClickOn("#edge-dense-dense_1");
        robot.clickOn(shown(robot, "Insert layer here"));
        WaitForAsyncUtils.waitForFxEvents();
        Node item = shown(robot, "Dropout");
        Bounds at = item.localToScreen(item.getBoundsInLocal());
        robot.moveTo(at.getMinX() + 10, robot.point(shown(robot, "Insert layer here")).query().getY());
        robot.clickOn(shown(robot, "Dropout"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("dense"), editor.graph().node("dropout").inputs());
        assertEquals(List.of("dropout"), editor.graph().node("dense_1").inputs());
    }

    @Test
    void layerDroppedOnAConnectionSplicesIntoItAsOneUndoableEdit(FxRobot robot) {
        Node edge = robot.lookup("#edge-input_1-dense").query();
        Bounds bounds = edge.localToScene(edge.getBoundsInLocal());
        CanvasView canvas = (CanvasView) edge.getScene().getRoot();
        robot.interact(() -> canvas.drop(LayerType.BATCH_NORMALIZATION, bounds.getCenterX(), bounds.getCenterY()));

        assertEquals(List.of("input_1"), editor.graph().node("batch_normalization").inputs());
        assertEquals(List.of("batch_normalization"), editor.graph().node("dense").inputs());
        robot.interact(editor::undo);
        assertEquals(List.of("input_1"), editor.graph().node("dense").inputs());
    }

    @Test
    void anExistingLayerDraggedOntoAConnectionMovesIntoItAsOneUndoableEdit(FxRobot robot) {
        Node edge = robot.lookup("#edge-input_1-dense").query();
        Bounds wire = edge.localToScreen(edge.getBoundsInLocal());
        Node moved = robot.lookup("#node-dense_1").query();
        Bounds node = moved.localToScreen(moved.getBoundsInLocal());

        robot.moveTo(new javafx.geometry.Point2D(node.getCenterX(), node.getCenterY()))
                .press(javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(new javafx.geometry.Point2D(wire.getCenterX() + 40, wire.getCenterY()))
                .moveTo(new javafx.geometry.Point2D(wire.getCenterX(), wire.getCenterY()))
                .release(javafx.scene.input.MouseButton.PRIMARY);

        assertEquals(List.of("input_1"), editor.graph().node("dense_1").inputs());
        assertEquals(List.of("dense_1"), editor.graph().node("dense").inputs());
        robot.interact(editor::undo);
        assertEquals(List.of("dense"), editor.graph().node("dense_1").inputs());
        assertEquals(List.of("input_1"), editor.graph().node("dense").inputs());
    }
}
