package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.editor.NodeGeometry;
import dev.neurite.ui.editor.canvas.CanvasView;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A template chosen with New from Template is shown afresh, however the canvas was zoomed: fitted into the canvas
 * (every layer visible) when it stays readable, else at the readable zoom from its Input down, centred.
 */
@ExtendWith(ApplicationExtension.class)
class TemplateFitsViewTest {

    @TempDir
    Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, Project.of(Templates.get("logistic")), dataDir);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Test
    void newFromTemplateShowsEveryLayerOfASmallTemplateInTheCanvas(FxRobot robot) {
        openAfterZoomingIn(robot, "mnist-mlp");

        Bounds view = canvasBounds(robot);
        Set<Node> nodes = robot.lookup(".layer-node").queryAll();
        assertEquals(Templates.get("mnist-mlp").graph().size(), nodes.size());
        for (Node node : nodes) {
            Bounds at = node.localToScene(node.getLayoutBounds());
            assertTrue(view.contains(at), node.getId() + " at " + at + " outside the canvas " + view);
        }
    }

    @Test
    void newFromTemplateShowsADeepTemplateFromItsInputAtTheReadableZoom(FxRobot robot) {
        openAfterZoomingIn(robot, "vgg-cnn");

        Bounds view = canvasBounds(robot);
        Node input = robot.lookup("#node-input_1").query();
        Bounds at = input.localToScene(input.getLayoutBounds());
        assertTrue(view.contains(at), "the Input at " + at + " outside the canvas " + view);
        assertTrue(at.getMinY() - view.getMinY() < NodeGeometry.ROW, "the Input at the top");
        assertEquals(view.getCenterX(), at.getCenterX(), 1, "centred across the canvas");
        assertEquals(NodeGeometry.WIDTH * CanvasView.READABLE_ZOOM, at.getWidth(), 1, "at the readable zoom");
    }

    private void openAfterZoomingIn(FxRobot robot, String template) {
        robot.interact(() -> {
            for (int i = 0; i < 8; i++) {
                window.build().canvas().zoomIn();
            }
            window.project().newFromTemplate(Templates.get(template));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Bounds canvasBounds(FxRobot robot) {
        Node canvas = robot.lookup("#canvas").query();
        return canvas.localToScene(canvas.getLayoutBounds());
    }
}
