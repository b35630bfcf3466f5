package dev.neurite.ui.editor;

import dev.neurite.format.Project;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.ActivationFunction;
import dev.neurite.layers.Dense;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** After an edit removes the focused control, keyboard focus is back on the canvas (so Ctrl+Z reaches the menu). */
@ExtendWith(ApplicationExtension.class)
class FocusAfterEditTest {

    private EditorViewModel editor;
    private BuildView build;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(Project.of(new ModelDefinition(ModelGraph.sequential(
                new InputLayer(TensorShape.of(784)), new Dense(64, ActivationFunction.RELU),
                new Dense(10, ActivationFunction.SOFTMAX)), CompileSettings.defaults(), FitSettings.defaults(),
                null)));
        build = new BuildView(editor);
        stage.setScene(new Scene(build, 1260, 800));
        stage.show();
    }

    private boolean focusIsOnTheCanvas() {
        for (Node at = build.getScene().getFocusOwner(); at != null; at = at.getParent()) {
            if (at == build.canvas()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void deletingTheFocusedLayerLeavesFocusOnTheCanvas(FxRobot robot) {
        robot.clickOn("#node-dense");
        robot.interact(editor::deleteSelection);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(focusIsOnTheCanvas(), "focus is on " + build.getScene().getFocusOwner());
    }

    @Test
    void inspectorEditCommittedWithEnterLeavesFocusOnTheCanvas(FxRobot robot) {
        robot.clickOn("#node-dense");
        robot.doubleClickOn("#property-units").write("32").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(32, ((Dense) editor.graph().node("dense").layer()).units());
        assertTrue(focusIsOnTheCanvas(), "focus is on " + build.getScene().getFocusOwner());
    }
}
