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

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A layer added from the keyboard below the view's bottom edge is brought wholly into view. */
@ExtendWith(ApplicationExtension.class)
class RevealNewLayerTest {

    private EditorViewModel editor;
    private CanvasView canvas;

    @Start
    void start(Stage stage) {
        editor = EditorFixtures.chain();
        canvas = new CanvasView(editor);
        stage.setScene(new Scene(canvas, 700, 420));
        stage.show();
    }

    @Test
    void eachLayerAddedAfterTheLastIsWhollyVisible(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            robot.interact(() -> {
                editor.selection().selectOnly(List.of(lastLayer()));
                editor.appendLayer(LayerType.DENSE);
            });
            WaitForAsyncUtils.waitForFxEvents();
            String added = editor.selection().primaryProperty().get();
            Node node = robot.lookup("#node-" + added).query();
            Bounds view = canvas.localToScreen(canvas.getLayoutBounds());
            Bounds at = node.localToScreen(node.getLayoutBounds());
            assertTrue(view.contains(at), added + " at " + at + " is not wholly in " + view);
        }
    }

    private String lastLayer() {
        return editor.graph().nodes().stream().filter(n -> editor.graph().consumers(n.name()).isEmpty())
                .findFirst().orElseThrow().name();
    }
}
