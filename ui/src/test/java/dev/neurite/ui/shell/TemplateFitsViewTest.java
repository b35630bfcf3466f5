package dev.neurite.ui.shell;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
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

/** A template chosen with New from Template is fitted into the canvas: every layer visible, however it was zoomed. */
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
    void newFromTemplateShowsEveryLayerOfTheTemplateInTheCanvas(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 8; i++) {
                window.build().canvas().zoomIn();
            }
            window.project().newFromTemplate(Templates.get("vgg-cnn"));
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node canvas = robot.lookup("#canvas").query();
        Bounds view = canvas.localToScene(canvas.getLayoutBounds());
        Set<Node> nodes = robot.lookup(".layer-node").queryAll();
        assertEquals(Templates.get("vgg-cnn").graph().size(), nodes.size());
        for (Node node : nodes) {
            Bounds at = node.localToScene(node.getLayoutBounds());
            assertTrue(view.contains(at), node.getId() + " at " + at + " outside the canvas " + view);
        }
    }
}
