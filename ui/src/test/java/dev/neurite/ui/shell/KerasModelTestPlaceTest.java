package dev.neurite.ui.shell;

import dev.neurite.eval.TrainedModel;
import dev.neurite.imports.ModelFiles;
import dev.neurite.imports.keras.KerasImporter;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A Keras model opened in the window is the model the Test place tests, with the weights trained elsewhere. */
@ExtendWith(ApplicationExtension.class)
class KerasModelTestPlaceTest {

    private static final Path MODEL = Path.of("..", "model-core", "src", "test", "resources", "keras",
            "keras3_mlp.keras");

    @TempDir
    static Path dataDir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = WindowFixture.show(stage, ModelFiles.openProject(MODEL), dataDir);
    }

    @Test
    void openedKerasModelIsOfferedInTheTestPlaceWithItsOwnWeights(FxRobot robot) throws Exception {
        robot.interact(() -> window.show("test"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#model-chooser").tryQuery()
                .map(node -> ((ComboBox<?>) node).getItems().stream().anyMatch(item ->
                        item.toString().startsWith("Run 1 \u00b7 ")))
                .orElse(false) && window.trainingPlaces().testPlace().modelProperty().get() != null
                && window.trainingPlaces().testPlace().modelProperty().get().name().startsWith("Run 1"));
        TrainedModel imported = window.trainingPlaces().testPlace().modelProperty().get();
        assertEquals(KerasImporter.read(MODEL).weights().get("dense_1/kernel"),
                imported.network().weights().get("dense_1/kernel"));
    }
}
