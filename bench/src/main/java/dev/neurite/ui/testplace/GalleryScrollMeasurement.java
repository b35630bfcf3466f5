package dev.neurite.ui.testplace;

import dev.neurite.ui.evaluation.EvaluationViewModel;
import dev.neurite.ui.evaluation.GalleryFilter;
import dev.neurite.ui.evaluation.GallerySort;
import dev.neurite.ui.train.PulseMeter;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Scrolls the gallery through every test image and reports how smoothly the frames came: once from top to bottom at
 * a steady {@link #PIXELS_PER_PULSE} pixels a frame (a fast mouse wheel), then from bottom to top a whole page a
 * frame (dragging the scroll bar: every tile new in every frame). For each pass it prints one {@code MEASURE} line
 * with the frames, the median, 99th percentile and longest gap between pulses, and the gaps over 33 and 100 ms;
 * then the memory, and exits. With {@code -Dneurite.measure.debug=true} it also lists the gaps of 50 ms and more with
 * when they ended. Started by {@link TestPlaceDemo} with {@code -Dneurite.measure=gallery}, once
 * the evaluation is done; {@code bench/gallery-scroll.sh} runs it under Xvfb.
 *
 * <p>JavaFX thread only.
 */
final class GalleryScrollMeasurement {

    /** The steady pass's speed: about 7,000 pixels a second at 60 frames a second. */
    static final double PIXELS_PER_PULSE = 120;

    private final TestPlace place;

    GalleryScrollMeasurement(TestPlace place) {
        this.place = place;
    }

    /** Waits for the evaluation, shows every test image in the set's order, and starts the first pass. */
    void start() {
        EvaluationViewModel evaluation = place.evaluation();
        if (evaluation.stateProperty().get() == EvaluationViewModel.State.DONE) {
            showAll();
        } else {
            evaluation.stateProperty().addListener((obs, old, now) -> {
                if (now == EvaluationViewModel.State.DONE) {
                    showAll();
                }
            });
        }
    }

    private void showAll() {
        place.gallery().setFilter(new GalleryFilter.All());
        place.gallery().setSort(GallerySort.SET_ORDER);
        // One pulse for the grid to lay its first rows out, then measure.
        Platform.runLater(() -> Platform.runLater(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) place.evaluationView().gallery().grid().lookup(".virtual-flow");
            new Pass("steady, " + (int) PIXELS_PER_PULSE + " px a frame, top to bottom", flow, PIXELS_PER_PULSE,
                    () -> new Pass("a page a frame, bottom to top", flow, -flow.getHeight(), this::finish).start())
                    .start();
        }));
    }

    private void finish() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "MEASURE memory: heap used after GC %.0f MB, heap committed %.0f MB, peak "
                        + "resident %s, %d images in the gallery%n",
                (runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.totalMemory() / 1e6, peakResident(),
                place.gallery().items().size());
        Platform.exit();
    }

    private static String peakResident() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> line.substring(6).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** One pass over the grid: scrolls by {@code step} pixels each pulse until the far end is visible. */
    private static final class Pass extends AnimationTimer {
        private final String name;
        private final VirtualFlow<?> flow;
        private final double step;
        private final Runnable then;
        private final PulseMeter meter = new PulseMeter();
        private final boolean debug = Boolean.getBoolean("neurite.measure.debug");
        private long started;
        private long jitStart;

        Pass(String name, VirtualFlow<?> flow, double step, Runnable then) {
            this.name = name;
            this.flow = flow;
            this.step = step;
            this.then = then;
        }

        @Override
        public void start() {
            started = System.nanoTime();
            jitStart = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            meter.start();
            super.start();
        }

        @Override
        public void handle(long now) {
            if (atEnd()) {
                stop();
                meter.stop();
                report();
                Platform.runLater(then);
                return;
            }
            flow.scrollPixels(step);
        }

        private boolean atEnd() {
            IndexedCell<?> edge = step > 0 ? flow.getLastVisibleCell() : flow.getFirstVisibleCell();
            return edge != null && edge.getIndex() == (step > 0 ? flow.getCellCount() - 1 : 0)
                    && (step > 0 ? flow.getPosition() >= 1 : flow.getPosition() <= 0);
        }

        private void report() {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "MEASURE gallery scroll (%s): %d rows in %.1f s, %d frames (%.0f/s); "
                            + "gap between frames median %.1f ms, p99 %.1f ms, longest %.1f ms; %d gaps over 33 ms, "
                            + "%d over 100 ms; JIT %d ms meanwhile; load average %s%n", name, flow.getCellCount(),
                    seconds, meter.frames(), meter.frames() / seconds, meter.gapPercentileMillis(0.5),
                    meter.gapPercentileMillis(0.99), meter.longestGapMillis(), meter.gapsLongerThan(33),
                    meter.gapsLongerThan(100),
                    ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitStart, loadAverage());
            if (debug) {
                meter.longGaps().forEach(gap -> System.out.println("MEASURE long gap " + gap));
            }
        }

        private static String loadAverage() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                return fields[0] + " " + fields[1] + " " + fields[2];
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
