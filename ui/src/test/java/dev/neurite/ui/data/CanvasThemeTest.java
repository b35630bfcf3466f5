package dev.neurite.ui.data;

import dev.neurite.ui.train.ChartTheme;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The PCA tab's pictures follow the window's theme: dark paper in the dark theme, white in the light one. */
@ExtendWith(ApplicationExtension.class)
class CanvasThemeTest {

    private StackPane root;
    private VarianceCurve curve;
    private PcaScatter scatter;

    @Start
    void start(Stage stage) {
        curve = new VarianceCurve();
        scatter = new PcaScatter();
        root = new StackPane(new javafx.scene.layout.VBox(curve, scatter));
        stage.setScene(new Scene(root, 500, 500));
        stage.show();
    }

    private static Color paper(CanvasRegion region) {
        WritableImage image = region.canvas().snapshot(null, null);
        return image.getPixelReader().getColor(2, 2);
    }

    @Test
    void thePicturesRepaintOnDarkPaperWhenTheThemeTurnsDark(FxRobot robot) {
        robot.interact(() -> {
            curve.show(new double[] {0.5, 0.9, 1.0}, List.of(), 1);
            scatter.show(new float[] {0, 0, 1, 1}, new int[] {0, 1}, 2);
        });
        robot.interact(() -> {
            assertEquals(CanvasRegion.Colours.LIGHT.background(), paper(curve));
            assertEquals(CanvasRegion.Colours.LIGHT.background(), paper(scatter));
        });

        robot.interact(() -> root.getStyleClass().add(ChartTheme.DARK));

        robot.interact(() -> {
            assertEquals(CanvasRegion.Colours.DARK.background(), paper(curve));
            assertEquals(CanvasRegion.Colours.DARK.background(), paper(scatter));
        });
    }
}
