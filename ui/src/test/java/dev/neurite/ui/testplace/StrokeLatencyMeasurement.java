package dev.neurite.ui.testplace;

import dev.neurite.data.DataSources;
import dev.neurite.engine.CpuEngine;
import dev.neurite.eval.TrainedModel;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.ui.Fixtures;
import dev.neurite.ui.evaluation.EvaluationViewModel;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Measures the time from the end of a stroke (mouse released) to updated probability bars in the Test place, as the
 * learner's drawing produces it: the canvas hands its pixels over, they are preprocessed, one forward pass runs, the
 * result comes back to the JavaFX thread and the bars change; plus the wait for the next frame that shows them.
 * Digits of one to three strokes are drawn with the robot and the canvas cleared between them, after the model's
 * evaluation on the bundled test digits has finished (as when a learner starts drawing).
 *
 * <p>A measurement, not a test: it runs only with {@code -Dneurite.latency=true}, prints its numbers (and appends a
 * line to the file named by {@code -Dneurite.latency.out}) and asserts nothing about time. Run it with
 * {@code scripts/measure-latency.sh} (see docs/testplace.md), which sets the launcher's engine environment first.
 * {@code -Dneurite.latency.template} (default {@code mnist-mlp}), {@code -Dneurite.latency.strokes} (default 60) and
 * {@code -Dneurite.latency.strokesPerDigit} (default 3: the canvas is cleared after so many strokes) choose the model,
 * the number of measured strokes and how many pile up on the canvas. With {@code -Dneurite.latency.inside=true} the
 * "Inside the network" tab is open and the time to every layer's output published (and to its frame) is reported too.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "neurite.latency", matches = "true")
class StrokeLatencyMeasurement {

    private static final int WARM_UP = 5;

    private final SimpleObjectProperty<TrainedModel> trained = new SimpleObjectProperty<>();
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "latency");
        thread.setDaemon(true);
        return thread;
    });
    private TestPlace place;
    private Scene scene;

    @Start
    void start(Stage stage) {
        String data = System.getProperty("neurite.latency.data", "digits");
        place = new TestPlace(trained, DataSources.resolve(data).test().orElseThrow(), background, Platform::runLater,
                () -> Fixtures.logistic("unused"));
        scene = new Scene((Parent) place.view(), 1260, 780);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void strokeEndToUpdatedBars(FxRobot robot) throws Exception {
        String template = System.getProperty("neurite.latency.template", "mnist-mlp");
        int strokes = Integer.getInteger("neurite.latency.strokes", 60);
        int perDigit = Integer.getInteger("neurite.latency.strokesPerDigit", 3);
        ModelDefinition definition = Templates.get(template);
        TrainedModel model = new TrainedModel(template, new CpuEngine().compile(definition.graph(),
                definition.compile(), 1));
        robot.interact(() -> trained.set(model));
        await(() -> place.models().activeProperty().get() == model
                && place.evaluation().stateProperty().get() == EvaluationViewModel.State.DONE);
        boolean inside = Boolean.getBoolean("neurite.latency.inside");
        if (inside) {
            robot.clickOn("#tab-inside");
        }
        FramePulses frames = new FramePulses(scene, place.prediction().predictionProperty());
        FramePulses insideFrames = new FramePulses(scene, place.inside().resultProperty());
        boolean duringEvaluation = Boolean.getBoolean("neurite.latency.duringEvaluation");
        javafx.beans.value.ChangeListener<EvaluationViewModel.State> again = (obs, old, now) -> {
            if (now == EvaluationViewModel.State.DONE) {
                Platform.runLater(place.evaluation()::evaluate);
            }
        };
        if (duringEvaluation) {
            robot.interact(() -> {
                place.evaluation().stateProperty().addListener(again);
                place.evaluation().evaluate();
            });
        }
        Canvas canvas = robot.lookup("#drawing-canvas").queryAs(Canvas.class);

        double[] load = loadAverage();
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        List<double[]> measured = new ArrayList<>();
        for (int i = 0; i < WARM_UP + strokes; i++) {
            if (i % perDigit == 0) {
                robot.interact(() -> place.drawing().clear());
                await(() -> !place.prediction().busyProperty().get());
            }
            if (i == WARM_UP) {
                load = loadAverage();
                gcCount = gcCount();
                gcMillis = gcMillis();
                jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            }
            int insideBefore = WaitForAsyncUtils.asyncFx(() -> place.inside().latency().count()).get();
            drawStroke(robot, canvas, i);
            int expected = i % perDigit + 1;
            await(() -> place.drawing().strokes().size() == expected && !place.prediction().busyProperty().get()
                    && frames.shownAfterPublication() && (!inside || !place.inside().busyProperty().get()
                    && place.inside().latency().count() > insideBefore && insideFrames.shownAfterPublication()));
            double toBars = WaitForAsyncUtils.asyncFx(() -> place.prediction().latency().lastMillisProperty().get())
                    .get();
            double toLayers = !inside ? Double.NaN : WaitForAsyncUtils.asyncFx(() -> place.inside().latency()
                    .lastMillisProperty().get()).get();
            measured.add(new double[] {toBars, toBars + frames.millisFromPublicationToFrame(), toLayers,
                toLayers + insideFrames.millisFromPublicationToFrame()});
        }
        double[] loadAfter = loadAverage();
        robot.interact(() -> place.evaluation().stateProperty().removeListener(again));
        String report = report(template, measured, load, loadAfter, gcCount() - gcCount, gcMillis() - gcMillis,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitMillis);
        System.out.println(report);
        String out = System.getProperty("neurite.latency.out");
        if (out != null) {
            Files.writeString(Path.of(out), report + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        assertEquals(WARM_UP + strokes, measured.size());
    }

    /** A short stroke of about 15 mouse moves; its shape and place vary with {@code i}, inside the canvas. */
    private static void drawStroke(FxRobot robot, Canvas canvas, int i) {
        double dx = (i % 7 - 3) * 12;
        double dy = (i % 5 - 2) * 8;
        double slant = (i % 3 - 1) * 0.6;
        robot.moveTo(canvas).moveBy(dx - 8 * slant * 7, dy - 70).press(MouseButton.PRIMARY);
        for (int step = 0; step < 15; step++) {
            robot.moveBy(slant * 8 + (step < 5 ? 2 : 0), 9);
        }
        robot.release(MouseButton.PRIMARY);
    }

    private static String report(String template, List<double[]> all, double[] load, double[] loadAfter,
                                 long gcs, long gcMillis, long jitMillis) {
        List<double[]> steady = all.subList(WARM_UP, all.size());
        double[] bars = steady.stream().mapToDouble(m -> m[0]).sorted().toArray();
        double[] frame = steady.stream().mapToDouble(m -> m[1]).sorted().toArray();
        double[] layers = steady.stream().mapToDouble(m -> m[2]).sorted().toArray();
        double[] layersFrame = steady.stream().mapToDouble(m -> m[3]).sorted().toArray();
        String inside = Double.isNaN(layers[0]) ? "" : String.format(Locale.ROOT, " | stroke end -> every layer "
                        + "inside the network: median %.1f, p95 %.1f, max %.1f ms; to the frame showing them: median "
                        + "%.1f, p95 %.1f, max %.1f ms", percentile(layers, 0.5), percentile(layers, 0.95),
                layers[layers.length - 1], percentile(layersFrame, 0.5), percentile(layersFrame, 0.95),
                layersFrame[layersFrame.length - 1]);
        StringBuilder warm = new StringBuilder();
        for (double[] m : all.subList(0, WARM_UP)) {
            warm.append(String.format(Locale.ROOT, " %.1f", m[0]));
        }
        return String.format(Locale.ROOT, "stroke end -> bars, %s%s, %d strokes: median %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms | to the frame showing them: median %.1f, p95 %.1f, max %.1f ms | "
                        + "warm-up strokes:%s ms | load average %.2f %.2f %.2f before, %.2f after | %d GCs %d ms, "
                        + "JIT %d ms during the strokes", template,
                Boolean.getBoolean("neurite.latency.duringEvaluation") ? " (evaluating meanwhile)" : "", bars.length,
                percentile(bars, 0.5),
                percentile(bars, 0.95), bars[bars.length - 1], percentile(frame, 0.5), percentile(frame, 0.95),
                frame[frame.length - 1], warm, load[0], load[1], load[2], loadAfter[0], gcs, gcMillis, jitMillis)
                + inside;
    }

    /** The nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double[] loadAverage() throws java.io.IOException {
        String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
        return new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                Double.parseDouble(fields[2])};
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static void await(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean)
                .get());
    }

    /**
     * Notes when each published prediction is first followed by a pulse (the frame that shows the new bars).
     * JavaFX thread, except the two readers, which the test calls through {@code asyncFx}-free volatile reads.
     */
    private static final class FramePulses {
        private volatile long published;
        private volatile long shown;

        FramePulses(Scene scene, javafx.beans.value.ObservableValue<?> source) throws Exception {
            WaitForAsyncUtils.asyncFx(() -> {
                source.addListener((obs, old, now) -> {
                    published = System.nanoTime();
                    shown = 0;
                });
                scene.addPostLayoutPulseListener(() -> {
                    if (published != 0 && shown == 0) {
                        shown = System.nanoTime();
                    }
                });
            }).get();
        }

        boolean shownAfterPublication() {
            return shown != 0;
        }

        double millisFromPublicationToFrame() {
            return (shown - published) / 1e6;
        }
    }
}
