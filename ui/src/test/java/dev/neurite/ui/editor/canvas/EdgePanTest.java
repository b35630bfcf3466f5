package dev.neurite.ui.editor.canvas;

import dev.neurite.format.NodePosition;
import dev.neurite.ui.editor.EditorFixtures;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dragging a node to the canvas's edge scrolls the view, so the node can go beyond what was shown. */
@ExtendWith(ApplicationExtension.class)
class EdgePanTest {

    private EditorViewModel editor;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        editor = EditorFixtures.chain();
        canvas = new CanvasView(editor);
        stage.setScene(new Scene(canvas, 700, 500));
        stage.show();
    }

    @Test
    void thePointerNearAnEdgeScrollsTowardsItFasterTheCloserItIs() {
        assertEquals(Point2D.ZERO, EdgePan.velocity(350, 250, 700, 500));
        assertEquals(EdgePan.MAX_SPEED, EdgePan.velocity(0, 250, 700, 500).getX(), 1e-9);
        assertEquals(-EdgePan.MAX_SPEED / 2, EdgePan.velocity(700 - EdgePan.MARGIN / 2, 250, 700, 500).getX(), 1e-9);
        assertEquals(-EdgePan.MAX_SPEED, EdgePan.velocity(350, 600, 700, 500).getY(), 1e-9);
    }

    @Test
    void aNodeHeldAtTheRightEdgeTravelsBeyondTheViewAndIsSavedThere(FxRobot robot) {
        Node node = robot.lookup("#node-dense_1").query();
        Bounds start = node.localToScreen(node.getBoundsInLocal());
        Bounds view = canvas.localToScreen(canvas.getBoundsInLocal());
        double before = editor.project().layout().get("dense_1").x();
        double visibleWidth = canvas.getWidth();

        robot.moveTo(new Point2D(start.getCenterX(), start.getCenterY())).press(MouseButton.PRIMARY)
                .moveTo(new Point2D(view.getMaxX() - 4, start.getCenterY()));
        robot.interact(() -> {
            for (int i = 0; i < 80; i++) {
                canvas.edgePan().step();
            }
        });
        robot.release(MouseButton.PRIMARY);

        double after = editor.project().layout().get("dense_1").x();
        assertTrue(after > before + visibleWidth, "moved from " + before + " to " + after);
    }

    @Test
    void aPaletteLayerHeldAtTheBottomEdgeIsDroppedBelowWhatWasShown(FxRobot robot) {
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        double bottomBefore = canvas.sceneToCanvas(view.getCenterX(), view.getMaxY()).getY();
        double x = view.getCenterX();
        double y = view.getMaxY() - 4;

        robot.interact(() -> {
            canvas.previewDrop(x, y);
            for (int i = 0; i < 60; i++) {
                canvas.edgePan().step();
            }
            canvas.drop(dev.neurite.layers.LayerType.DROPOUT, x, y);
        });

        NodePosition dropped = editor.project().layout().get("dropout");
        assertTrue(dropped.y() > bottomBefore, "dropped at " + dropped.y() + ", the view ended at " + bottomBefore);
    }
}
