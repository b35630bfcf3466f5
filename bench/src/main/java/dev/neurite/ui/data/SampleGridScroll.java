package dev.neurite.ui.data;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.GridView;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scrolls the Data place's sample grid, in the real window, through every sample of the browsed array and reports
 * each pass's frames: the gap between pulses (what a learner sees), the time the grid's own code took on the JavaFX
 * thread in that frame (the {@code scrollPixels} call: the rows and tiles it moves and refills, the tiles' images),
 * the CSS and layout pass (pre- to post-layout pulse listeners), and the collectors' pauses meanwhile. The grid's
 * work and the layout pass are also given in CPU time of the JavaFX thread, which a busy machine does not inflate (a
 * thread waiting for a core spends wall time, not CPU time). Pass one goes
 * from top to bottom at {@link #PIXELS_PER_PULSE} pixels a frame (a fast mouse wheel), pass two from bottom to top a
 * page a frame (the scroll bar dragged: every tile new each frame). One {@code MEASURE} line per pass, then exits.
 * Started by the {@code DesktopScenario} with {@code neurite.measure=sample-grid};
 * {@code bench/sample-grid-scroll.sh} runs it under Xvfb. JavaFX thread only.
 */
public final class SampleGridScroll {

    /** The steady pass's speed: about 7,000 pixels a second at 60 frames a second. */
    static final double PIXELS_PER_PULSE = 120;

    /** Pulses to let the grid lay out and the JIT warm to the tiles before a pass starts. */
    private static final int SETTLING_PULSES = 30;

    private final Scene scene;

    private SampleGridScroll(Scene scene) {
        this.scene = scene;
    }

    /** Selects the Samples tab, waits until the browsed array is listed, scrolls both passes, and exits. */
    public static void start(Scene scene) {
        DataTabs.select(scene, "tab-samples", () -> new SampleGridScroll(scene).whenLoaded());
    }

    @SuppressWarnings("unchecked")
    private void whenLoaded() {
        GridView<Integer> grid = (GridView<Integer>) scene.lookup("#sample-grid");
        DataView view = (DataView) scene.lookup("#data-place");
        DataViewModel model = view.model();
        Runnable ready = () -> settle(grid, () -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) grid.lookup(".virtual-flow");
            new Pass("steady, " + (int) PIXELS_PER_PULSE + " px a frame, top to bottom", flow, grid,
                    PIXELS_PER_PULSE, () -> new Pass("a page a frame, bottom to top", flow, grid,
                    -flow.getHeight(), Platform::exit).start()).start();
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!model.loadingProperty().get() && !grid.getItems().isEmpty()) {
                    stop();
                    ready.run();
                }
            }
        }.start();
    }

    private static void settle(GridView<Integer> grid, Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == SETTLING_PULSES) {
                    stop();
                    System.out.printf(Locale.ROOT, "MEASURE sample grid: %,d samples (%s)%n",
                            grid.getItems().size(), System.getProperty("neurite.dataset", "the project's data"));
                    then.run();
                }
            }
        }.start();
    }

    /** One pass over the grid: scrolls by {@code step} pixels each pulse until the far end is visible. */
    private final class Pass extends AnimationTimer {
        private final String name;
        private final VirtualFlow<?> flow;
        private final GridView<Integer> grid;
        private final double step;
        private final Runnable then;
        private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final Runnable preLayout = () -> {
            layoutStart = System.nanoTime();
            layoutCpuStart = threads.getCurrentThreadCpuTime();
        };
        private final Runnable postLayout = this::layoutEnded;
        private long[] gaps = new long[4096];
        private long[] work = new long[4096];
        private long[] layout = new long[4096];
        private long[] workCpu = new long[4096];
        private long[] layoutCpu = new long[4096];
        private long[] gcInGap = new long[4096];
        private int frames;
        private long last;
        private long started;
        private long layoutStart;
        private long layoutCpuStart;
        private long gcCountStart;
        private long gcTimeStart;
        private long gcTimeSeen;
        private long scrollNanos;

        Pass(String name, VirtualFlow<?> flow, GridView<Integer> grid, double step, Runnable then) {
            this.name = name;
            this.flow = flow;
            this.grid = grid;
            this.step = step;
            this.then = then;
        }

        @Override
        public void start() {
            started = System.nanoTime();
            gcCountStart = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
            gcTimeStart = gcTime();
            gcTimeSeen = gcTimeStart;
            scene.addPreLayoutPulseListener(preLayout);
            scene.addPostLayoutPulseListener(postLayout);
            super.start();
        }

        private void layoutEnded() {
            if (frames > 0 && layoutStart != 0) {
                layout[frames - 1] += System.nanoTime() - layoutStart;
                layoutCpu[frames - 1] += threads.getCurrentThreadCpuTime() - layoutCpuStart;
            }
        }

        @Override
        public void handle(long now) {
            if (frames == gaps.length) {
                gaps = Arrays.copyOf(gaps, frames * 2);
                work = Arrays.copyOf(work, frames * 2);
                layout = Arrays.copyOf(layout, frames * 2);
                workCpu = Arrays.copyOf(workCpu, frames * 2);
                layoutCpu = Arrays.copyOf(layoutCpu, frames * 2);
                gcInGap = Arrays.copyOf(gcInGap, frames * 2);
            }
            long gc = gcTime();
            gaps[frames] = last == 0 ? 0 : now - last;
            gcInGap[frames] = gc - gcTimeSeen;
            gcTimeSeen = gc;
            last = now;
            if (atEnd()) {
                stop();
                scene.removePreLayoutPulseListener(preLayout);
                scene.removePostLayoutPulseListener(postLayout);
                frames++;
                report();
                Platform.runLater(then);
                return;
            }
            long before = System.nanoTime();
            long cpuBefore = threads.getCurrentThreadCpuTime();
            flow.scrollPixels(step);
            work[frames] = System.nanoTime() - before;
            workCpu[frames] = threads.getCurrentThreadCpuTime() - cpuBefore;
            scrollNanos += work[frames];
            frames++;
        }

        private long gcTime() {
            return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
        }

        private boolean atEnd() {
            IndexedCell<?> edge = step > 0 ? flow.getLastVisibleCell() : flow.getFirstVisibleCell();
            return edge != null && edge.getIndex() == (step > 0 ? flow.getCellCount() - 1 : 0)
                    && (step > 0 ? flow.getPosition() >= 1 : flow.getPosition() <= 0);
        }

        private void report() {
            double seconds = (System.nanoTime() - started) / 1e9;
            // gaps[0] is no gap (the first pulse); gaps[i] ends the frame whose work was work[i - 1] and layout[i - 1].
            long[] frameGaps = Arrays.copyOfRange(gaps, 1, frames);
            long[] gridWork = Arrays.copyOfRange(work, 0, frames - 1);
            long[] layoutWork = Arrays.copyOfRange(layout, 0, frames - 1);
            long[] gridCpu = Arrays.copyOfRange(workCpu, 0, frames - 1);
            long[] ownCpu = new long[frames - 1];
            for (int i = 0; i < ownCpu.length; i++) {
                ownCpu[i] = workCpu[i] + layoutCpu[i];
            }
            int over33WithGc = 0;
            int over33GridOver8 = 0;
            StringBuilder late = new StringBuilder();
            for (int i = 1; i < frames; i++) {
                if (gaps[i] > 33_000_000L) {
                    late.append(String.format(Locale.ROOT, " frame %d of %d: %.1f ms (grid %.1f, CSS+layout %.1f)",
                            i, frames, gaps[i] / 1e6, work[i - 1] / 1e6, layout[i - 1] / 1e6));
                    over33WithGc += gcInGap[i] > 0 ? 1 : 0;
                    over33GridOver8 += work[i - 1] + layout[i - 1] > 8_000_000L ? 1 : 0;
                }
            }
            long gcCount = collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum()
                    - gcCountStart;
            System.out.printf(Locale.ROOT, "MEASURE sample grid scroll (%s): %d rows of %d in %.1f s, %d frames "
                            + "(%.0f/s); frame gap p50 %.1f ms, p95 %.1f, p99 %.1f, max %.1f; %d over 16.7 ms, %d "
                            + "over 33 ms (%d with a GC pause in them, %d with over 8 ms of grid+layout work); grid "
                            + "work a frame p50 %.2f ms, p99 %.2f, max %.2f, total %.0f ms; CSS+layout a frame p50 "
                            + "%.2f ms, p99 %.2f, max %.2f; CPU time: grid work p50 %.2f ms, p99 %.2f, max %.2f, grid+"
                            + "layout p99 %.2f, max %.2f, %d frames over 8 ms; GC %d pauses, %d ms; load average %s%n",
                    name,
                    flow.getCellCount(), grid.getItems().size(), seconds, frames, frames / seconds,
                    percentile(frameGaps, 0.5), percentile(frameGaps, 0.95), percentile(frameGaps, 0.99),
                    percentile(frameGaps, 1), count(frameGaps, 16_700_000L), count(frameGaps, 33_000_000L),
                    over33WithGc, over33GridOver8, percentile(gridWork, 0.5), percentile(gridWork, 0.99),
                    percentile(gridWork, 1), scrollNanos / 1e6, percentile(layoutWork, 0.5),
                    percentile(layoutWork, 0.99), percentile(layoutWork, 1), percentile(gridCpu, 0.5),
                    percentile(gridCpu, 0.99), percentile(gridCpu, 1), percentile(ownCpu, 0.99),
                    percentile(ownCpu, 1), count(ownCpu, 8_000_000L), gcCount, gcTime() - gcTimeStart,
                    loadAverage());
            if (!late.isEmpty()) {
                System.out.println("MEASURE late frames (" + name + "):" + late);
            }
        }

        private static double percentile(long[] values, double p) {
            if (values.length == 0) {
                return 0;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
        }

        private static int count(long[] values, long over) {
            return (int) Arrays.stream(values).filter(v -> v > over).count();
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
