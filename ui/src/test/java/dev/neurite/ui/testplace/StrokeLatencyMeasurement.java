package dev.neurite.ui.testplace;

import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.format.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.ui.Fixtures;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures the time from the end of a stroke (mouse released) to updated probability bars, for a model template:
 * paint, canvas snapshot, preprocessing, one forward pass, the hand-back to the JavaFX thread and the bars' update.
 * A measurement, not a test: it runs only with {@code -Dneurite.latency=true} and prints its numbers.
 * <pre>
 * mvn -B -q -pl ui -am test -Dtest=StrokeLatencyMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dneurite.latency=true
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "neurite.latency", matches = "true")
class StrokeLatencyMeasurement {

    private static final int STROKES = 20;
    private static final int WARM_UP = 3;

    private final SimpleObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>();
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "latency");
        thread.setDaemon(true);
        return thread;
    });
    private TestPlace place;

    @Start
    void start(Stage stage) {
        place = new TestPlace(trained, Fixtures.digitsTest(10), background, Platform::runLater,
                () -> Fixtures.logistic("unused"));
        stage.setScene(new Scene((Parent) place.view(), 1260, 780));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mnist-mlp", "quick-cnn"})
    void strokeEndToUpdatedBars(String template, FxRobot robot) throws Exception {
        ModelDefinition definition = Templates.get(template);
        TrainedModel model = new TrainedModel(template, new CpuEngine().compile(definition.graph(),
                definition.compile(), 1));
        robot.interact(() -> trained.set(model));
        await(() -> place.models().activeProperty().get() == model && !place.prediction().busyProperty().get());
        Canvas canvas = robot.lookup("#drawing-canvas").queryAs(Canvas.class);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < STROKES; i++) {
            robot.moveTo(canvas).moveBy(-60 + 6 * i, -70).press(MouseButton.PRIMARY);
            for (int step = 0; step < 10; step++) {
                robot.moveBy(1, 14);
            }
            robot.release(MouseButton.PRIMARY);
            int stroke = i + 1;
            await(() -> place.drawing().strokes().size() == stroke && !place.prediction().busyProperty().get());
            millis.add(WaitForAsyncUtils.asyncFx(() -> place.prediction().latency().lastMillisProperty().get())
                    .get());
        }
        List<Double> measured = new ArrayList<>(millis.subList(WARM_UP, millis.size()));
        Collections.sort(measured);
        System.out.printf(Locale.ROOT, "Stroke end to updated bars, %s, %d strokes after %d warm-up: median %.1f ms, "
                        + "min %.1f ms, max %.1f ms; all: %s%n", template, measured.size(), WARM_UP,
                measured.get(measured.size() / 2), measured.get(0), measured.get(measured.size() - 1), millis);
        assertEquals(STROKES, place.drawing().strokes().size());
    }

    private static void await(java.util.function.BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
    }
}
