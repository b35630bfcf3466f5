package dev.neurite.ui.testplace;

import dev.neurite.eval.TrainedModel;
import dev.neurite.ui.Fixtures;
import dev.neurite.ui.inside.FeatureMapGridProbe;
import dev.neurite.ui.inside.InsideResult;
import dev.neurite.ui.inside.InsideViewModel;
import dev.neurite.ui.inside.LayerPicture;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "Inside the network" tab of the real Test place, with the pretrained CNN and a digit drawn with the mouse. */
@ExtendWith(ApplicationExtension.class)
class InsideTheNetworkViewTest {

    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "inside-test");
        thread.setDaemon(true);
        return thread;
    });
    private TestPlace place;

    @Start
    void start(Stage stage) {
        place = new TestPlace(new SimpleObjectProperty<TrainedModel>(), Fixtures.digitsTest(100), background,
                javafx.application.Platform::runLater,
                () -> TestPlace.loadPretrained(new dev.neurite.engine.CpuEngine()));
        stage.setScene(new Scene((Parent) place.view(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
    }

    private void openInsideAndDraw(FxRobot robot) throws TimeoutException {
        await(() -> place.models().activeProperty().get() != null);
        robot.clickOn("#tab-inside");
        Canvas canvas = robot.lookup("#drawing-canvas").queryAs(Canvas.class);
        robot.moveTo(canvas).moveBy(-50, -80).press(MouseButton.PRIMARY);
        for (int i = 0; i < 10; i++) {
            robot.moveBy(10, 0);
        }
        for (int i = 0; i < 16; i++) {
            robot.moveBy(-4, 10);
        }
        robot.release(MouseButton.PRIMARY);
        InsideViewModel inside = place.inside();
        try {
            await(() -> !place.prediction().busyProperty().get() && !inside.busyProperty().get()
                    && inside.resultProperty().get() != null && inside.saliencyProperty().get() != null);
        } catch (TimeoutException e) {
            throw new AssertionError("prediction busy " + place.prediction().busyProperty().get() + ", prediction "
                    + place.prediction().predictionProperty().get() + ", inside busy " + inside.busyProperty().get()
                    + ", result " + inside.resultProperty().get() + ", saliency " + inside.saliencyProperty().get()
                    + ", message '" + inside.messageProperty().get() + "', tab "
                    + robot.lookup("#test-place-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                    .getId(), e);
        }
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }

    @Test
    void aDrawnDigitFillsEveryLayersPanelInGraphOrder(FxRobot robot) throws Exception {
        openInsideAndDraw(robot);
        TabPane tabs = robot.lookup("#test-place-tabs").queryAs(TabPane.class);
        assertEquals("tab-inside", tabs.getSelectionModel().getSelectedItem().getId());
        InsideResult result = place.inside().resultProperty().get();
        List<String> expected = result.layers().stream().map(LayerPicture::name).toList();
        WaitForAsyncUtils.asyncFx(() -> {
            var panels = robot.lookup(".layer-panel").queryAll().stream().map(Node::getId).toList();
            assertEquals(expected.stream().map(name -> "layer-" + name).toList(), panels);
            for (LayerPicture picture : result.layers()) {
                Parent panel = robot.lookup("#layer-" + picture.name()).queryAs(Parent.class);
                assertTrue(panel.isVisible(), picture.name());
                if (picture == result.layers().get(result.layers().size() - 1)) {
                    Label top = robot.from(panel).lookup("#probability-" + result.predictedClass())
                            .queryAs(Label.class);
                    assertTrue(top.getText().endsWith("%"), picture.name());
                } else if (picture.layer().isImage()) {
                    FeatureMapGridProbe grid = FeatureMapGridProbe.of(panel);
                    assertEquals(picture.layer().channels(), grid.channels(), picture.name());
                    for (int c = 0; c < picture.layer().channels(); c++) {
                        assertArrayEquals(picture.maps()[c], grid.shown(c), "map " + c + " of " + picture.name());
                    }
                } else {
                    Canvas strip = robot.from(panel).lookup(".unit-strip").queryAs(Canvas.class);
                    WritableImage image = strip.snapshot(null, null);
                    assertTrue(java.util.Arrays.stream(pixels(image)).distinct().count() > 2,
                            "the strip has bars: " + picture.name());
                }
            }
        }).get();
        Label explanation = robot.lookup("#overlay-explanation").queryAs(Label.class);
        assertTrue(explanation.getText().startsWith("Saliency"), explanation.getText());
    }

    @Test
    void aClickedMapIsEnlargedAndPointingAtItOutlinesItsReceptiveField(FxRobot robot) throws Exception {
        openInsideAndDraw(robot);
        InsideResult result = place.inside().resultProperty().get();
        LayerPicture conv = result.layers().stream().filter(l -> l.layer().type().equals("Conv2D")).findFirst()
                .orElseThrow();
        int strongest = conv.strongest()[0];
        ImageView grid = robot.lookup("#layer-" + conv.name()).lookup(".feature-maps").queryAs(ImageView.class);
        robot.moveTo(grid, javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(10, 10),
                org.testfx.robot.Motion.DIRECT).clickOn(MouseButton.PRIMARY);
        await(() -> place.inside().selectedProperty().get() != null);
        assertEquals(new InsideViewModel.MapSelection(conv.name(), strongest), place.inside().selectedProperty().get(),
                "strongest first: the first tile is the strongest map");
        Canvas enlarged = robot.lookup("#inside-enlarged").queryAs(Canvas.class);
        assertTrue(enlarged.isVisible());
        robot.moveTo(enlarged);
        await(() -> place.inside().receptiveFieldProperty().get() != null);
        assertTrue(place.inside().pointerProperty().get().startsWith(conv.name() + ", map " + strongest),
                place.inside().pointerProperty().get());
        robot.clickOn("#overlay-occlusion");
        await(() -> place.inside().occlusionProperty().get() != null);
        Label explanation = robot.lookup("#overlay-explanation").queryAs(Label.class);
        assertTrue(explanation.getText().startsWith("Occlusion"), explanation.getText());
        robot.clickOn("#clear-canvas");
        await(() -> place.inside().resultProperty().get() == null);
        assertFalse(robot.lookup(".layer-panel").tryQuery().isPresent(), "an empty canvas empties the panel");
        assertNotNull(robot.lookup("#inside-message").queryAs(Label.class).getText());
    }

    @Test
    void channelOrderLaysTheMapsOutByIndex(FxRobot robot) throws Exception {
        openInsideAndDraw(robot);
        robot.clickOn("#order-channels");
        InsideResult result = place.inside().resultProperty().get();
        LayerPicture conv = result.layers().stream().filter(l -> l.layer().type().equals("Conv2D")).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> {
            FeatureMapGridProbe grid = FeatureMapGridProbe.of(robot.lookup("#layer-" + conv.name()).query());
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(new int[] {c, 0}, grid.cell(c), "channel " + c + " sits at position " + c);
            }
        }).get();
    }
}
