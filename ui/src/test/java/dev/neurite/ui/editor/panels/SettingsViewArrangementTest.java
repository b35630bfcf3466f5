package dev.neurite.ui.editor.panels;

import dev.neurite.format.Project;
import dev.neurite.format.Templates;
import dev.neurite.ui.editor.EditorViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The compile and fit form puts its inputs beside their labels where the panel is wide enough for their whole
 * values, and under them where it is not, never scrolling sideways; an edit made in the stacked form still reaches
 * the project.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsViewArrangementTest {

    private static final List<String> INPUTS = List.of("#optimizer", "#learning-rate", "#loss", "#batch-size",
            "#epochs", "#validation-split", "#validate-on-test", "#dataset");

    private EditorViewModel editor;
    private SettingsView form;
    private ScrollPane pane;

    @Start
    void start(Stage stage) {
        editor = new EditorViewModel(Project.of(Templates.get("mnist-mlp")));
        form = new SettingsView(editor);
        pane = new ScrollPane(form);
        pane.setFitToWidth(true);
        pane.setPrefSize(600, 400);
        // the panel's width changes, not the shared stage's (later test classes show their scenes in it)
        stage.setScene(new Scene(new Pane(pane), 600, 400));
        stage.show();
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> pane.setPrefWidth(width));
        WaitForAsyncUtils.waitForFxEvents(5);
    }

    private void assertEveryInputWithinThePane(FxRobot robot) {
        robot.interact(() -> {
            double right = pane.localToScene(pane.getLayoutBounds()).getMaxX();
            assertTrue(form.getWidth() <= pane.getViewportBounds().getWidth() + 0.5,
                    "form " + form.getWidth() + " px in a viewport of " + pane.getViewportBounds().getWidth());
            for (String id : INPUTS) {
                Node input = form.lookup(id);
                Bounds bounds = input.localToScene(input.getLayoutBounds());
                assertTrue(bounds.getMaxX() <= right + 0.5, id + " ends at " + bounds.getMaxX() + " of " + right);
            }
        });
    }

    @Test
    void aWidePanelShowsTheInputsBesideTheirLabels(FxRobot robot) {
        resize(robot, 600);

        assertFalse(form.stacked());
        robot.interact(() -> assertEquals(robot.lookup("#optimizer").query().localToScene(0, 0).getY(),
                robot.lookup("Optimizer").query().localToScene(0, 0).getY(), 12));
        assertEveryInputWithinThePane(robot);
    }

    @Test
    void aNarrowPanelPutsTheInputsUnderTheirLabelsAndBackWhenWidened(FxRobot robot) {
        resize(robot, 220);

        assertTrue(form.stacked());
        robot.interact(() -> assertTrue(robot.lookup("#optimizer").query().localToScene(0, 0).getY()
                > robot.lookup("Optimizer").query().localToScene(0, 0).getY() + 10));
        assertEveryInputWithinThePane(robot);

        resize(robot, 600);
        assertFalse(form.stacked());
    }

    @Test
    void anEditInTheStackedFormReachesTheProject(FxRobot robot) {
        resize(robot, 220);
        assertTrue(form.stacked());

        robot.interact(() -> ((javafx.scene.control.CheckBox) form.lookup("#validate-on-test")).setSelected(true));

        assertTrue(editor.project().model().fit().validation() instanceof dev.neurite.settings.Validation.TestSet);
    }
}
