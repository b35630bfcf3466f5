package dev.neurite.ui.testplace;

import dev.neurite.ui.evaluation.EvaluationViewModel;
import atlantafx.base.theme.PrimerLight;
import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.eval.TrainedModels;
import dev.neurite.ui.Fixtures;
import dev.neurite.ui.inside.InsideResult;
import dev.neurite.ui.inside.LayerPicture;
import dev.neurite.ui.inside.Overlay;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of "Inside the network" for the README, not a test: runs only with
 * {@code -Dneurite.inside.screenshots=FOLDER}. A "7" is drawn on the canvas of a Test place with the model file named
 * by {@code -Dneurite.inside.model} (a trained vgg-cnn: {@code neurite train vgg-cnn --data digits --save FILE}); then
 * {@code inside.png} (the place, {@code -Dneurite.inside.size=WIDTHxHEIGHT}, default 1440x900, with the strongest map
 * of the second Conv2D layer enlarged, a receptive field outlined, its filter and its most exciting test images) and
 * {@code saliency.png} / {@code occlusion.png}
 * (the input column with each overlay) are written into FOLDER.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "neurite.inside.screenshots", matches = ".+")
class InsideScreenshots {

    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "inside-screenshots");
        thread.setDaemon(true);
        return thread;
    });
    private final SimpleObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>();
    private TestPlace place;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        place = new TestPlace(trained, Fixtures.digitsTest(), background, javafx.application.Platform::runLater,
                () -> TestPlace.loadPretrained(new dev.neurite.engine.CpuEngine()));
        String[] size = System.getProperty("neurite.inside.size", "1440x900").split("x");
        scene = new Scene((Parent) place.view(), Integer.parseInt(size[0]), Integer.parseInt(size[1]));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
    }

    @Test
    void writeScreenshots(FxRobot robot) throws Exception {
        Path folder = Path.of(System.getProperty("neurite.inside.screenshots"));
        Path modelFile = Path.of(System.getProperty("neurite.inside.model"));
        TrainedModel model = new TrainedModel("vgg-cnn, trained on the bundled digits",
                TrainedModels.fromFile(modelFile, new CpuEngine()));
        robot.interact(() -> trained.set(model));
        await(() -> place.models().activeProperty().get() == model
                && place.evaluation().stateProperty().get() == EvaluationViewModel.State.DONE);
        robot.clickOn("#tab-inside");
        // A first stroke warms the engine up, as a learner's first scribble does; then the "7".
        robot.interact(() -> {
            place.drawing().beginStroke(100, 100);
            place.drawing().extendStroke(150, 200);
            place.drawing().endStroke();
        });
        await(() -> !place.prediction().busyProperty().get() && !place.inside().busyProperty().get()
                && place.inside().saliencyProperty().get() != null);
        robot.interact(() -> place.drawing().clear());
        await(() -> place.inside().resultProperty().get() == null);
        robot.interact(() -> {
            var drawing = place.drawing();
            drawing.beginStroke(70, 62);
            for (int x = 80; x <= 212; x += 6) {
                drawing.extendStroke(x, 60 + (x - 70) * 0.03);
            }
            for (int step = 1; step <= 30; step++) {
                drawing.extendStroke(212 - step * 3.2, 64 + step * 5.8);
            }
            drawing.endStroke();
        });
        await(() -> !place.prediction().busyProperty().get() && !place.inside().busyProperty().get()
                && place.inside().saliencyProperty().get() != null);
        robot.interact(() -> {
            InsideResult result = place.inside().resultProperty().get();
            LayerPicture conv = result.layers().stream().filter(l -> l.layer().type().equals("Conv2D")).skip(1)
                    .findFirst().orElseThrow();
            place.inside().select(conv.name(), conv.strongest()[0]);
            place.inside().pointAt(conv.name(), conv.strongest()[0], 9, 14, true);
            place.inside().findExciting();
        });
        await(() -> place.inside().excitingProperty().get() != null && place.inside().weightsProperty().get() != null);
        robot.moveTo(0, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(folder);
        save(place.view(), folder.resolve("inside.png"));
        Node focus = robot.lookup(".inside-focus").query();
        robot.interact(() -> place.inside().deselect());
        save(focus, folder.resolve("saliency.png"));
        robot.interact(() -> place.inside().overlayProperty().set(Overlay.OCCLUSION));
        await(() -> place.inside().occlusionProperty().get() != null && !place.inside().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        save(focus, folder.resolve("occlusion.png"));
        robot.interact(() -> robot.lookup("#inside-view .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        save(robot.lookup("#inside-view").query(), folder.resolve("inside-bottom.png"));
        assertTrue(Files.size(folder.resolve("inside.png")) > 0);
    }

    private static void save(Node node, Path file) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var image = node.snapshot(null, null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return null;
        }).get();
        System.out.println("Wrote " + file);
    }
}
