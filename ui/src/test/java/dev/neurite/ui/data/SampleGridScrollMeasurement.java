package dev.neurite.ui.data;

import atlantafx.base.theme.PrimerLight;
import dev.neurite.data.DataSet;
import dev.neurite.data.DataSources;
import dev.neurite.data.Provenance;
import dev.neurite.data.TrainTestSets;
import dev.neurite.format.Templates;
import dev.neurite.ui.common.BackgroundTasks;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Scrolls the Data place's sample grid through 60,000 samples (the bundled training digits fifteen times over, the
 * size of MNIST's x_train) at {@link #PIXELS_PER_PULSE} pixels a frame, and prints the gaps between frames. A
 * measurement, not a test: it runs only with {@code -Dneurite.datagrid=true}, on headless Monocle with the software
 * renderer, and asserts nothing about time:
 * {@code mvn -o -q -pl ui -am test -Dtest=SampleGridScrollMeasurement -Dneurite.datagrid=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "neurite.datagrid", matches = "true")
class SampleGridScrollMeasurement {

    static final double PIXELS_PER_PULSE = 240;

    private DataView view;

    @Start
    void start(Stage stage) {
        DataSet digits = DataSources.resolve("digits").train();
        int copies = 15;
        byte[] pixels = new byte[digits.size() * copies * 784];
        int[] labels = new int[digits.size() * copies];
        byte[] one = digits.pixelBytes();
        int[] oneLabels = digits.labels();
        for (int c = 0; c < copies; c++) {
            System.arraycopy(one, 0, pixels, c * one.length, one.length);
            System.arraycopy(oneLabels, 0, labels, c * oneLabels.length, oneLabels.length);
        }
        DataSet big = DataSet.labelled("big", 28, 28, pixels, labels, digits.classNames(),
                Provenance.inMemory("the bundled digits fifteen times"));
        DataViewModel model = new DataViewModel(BackgroundTasks.sameThread(), id -> TrainTestSets.trainOnly(big));
        view = new DataView(model, new DownloadViewModel(Runnable::run, Runnable::run, (id, p, c) -> { }),
                DataSources.standard(), spec -> { }, augmentation -> { }, BackgroundTasks.sameThread());
        model.load("big", Templates.get("quick-cnn"));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(view, 1360, 860));
        stage.show();
    }

    @Test
    void scrollThroughSixtyThousandSamples(FxRobot robot) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) view.lookup("#sample-grid").lookup(".virtual-flow");
            java.util.List<Long> pulses = new java.util.ArrayList<>();
            long started = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    pulses.add(now);
                    IndexedCell<?> last = flow.getLastVisibleCell();
                    if (last != null && last.getIndex() == flow.getCellCount() - 1 && flow.getPosition() >= 1) {
                        stop();
                        double seconds = (System.nanoTime() - started) / 1e9;
                        double[] gaps = new double[Math.max(1, pulses.size() - 1)];
                        for (int i = 1; i < pulses.size(); i++) {
                            gaps[i - 1] = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
                        }
                        double[] sorted = gaps.clone();
                        java.util.Arrays.sort(sorted);
                        System.out.printf(Locale.ROOT, "MEASURE sample grid scroll, %.0f px a frame: %d rows in "
                                        + "%.1f s, %d frames (%.0f/s); gap median %.1f ms, p99 %.1f ms, longest %.1f "
                                        + "ms; %d gaps over 33 ms%n", PIXELS_PER_PULSE, flow.getCellCount(), seconds,
                                pulses.size(), pulses.size() / seconds, sorted[sorted.length / 2],
                                sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1],
                                java.util.Arrays.stream(gaps).filter(g -> g > 33).count());
                        done.countDown();
                        return;
                    }
                    flow.scrollPixels(PIXELS_PER_PULSE);
                }
            }.start();
        });
        done.await(10, TimeUnit.MINUTES);
        Platform.runLater(() -> { });
    }
}
