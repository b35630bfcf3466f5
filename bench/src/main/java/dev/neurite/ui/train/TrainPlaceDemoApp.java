package dev.neurite.ui.train;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The window of {@link TrainPlaceDemo}. JavaFX thread, except the background executor it creates. */
public final class TrainPlaceDemoApp extends Application {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "neurite-train-demo");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void start(Stage stage) {
        ModelDefinition model = Templates.resolve(System.getProperty("neurite.demo.model", "quick-cnn"));
        TrainPlace place = new TrainPlace(new SimpleObjectProperty<>(model),
                new SimpleStringProperty(System.getProperty("neurite.demo.data", "digits")), background,
                new dev.neurite.engine.CpuEngine());
        TrainingViewModel vm = place.viewModel();
        FitForm form = vm.form();
        form.epochsProperty().set(Integer.getInteger("neurite.demo.epochs", form.epochsProperty().get()));
        form.sampleLimitProperty().set(Integer.getInteger("neurite.demo.samples", 0));
        form.batchSizeProperty().set(Integer.getInteger("neurite.demo.batch", form.batchSizeProperty().get()));
        Scene scene = new Scene(new javafx.scene.layout.StackPane(place.view()), 1440, 900);
        stage.setTitle("Neurite \u2013 Train");
        stage.setScene(scene);
        stage.show();
        if (Boolean.getBoolean("neurite.measure")) {
            measure(vm, place.trainView());
        }
        String screenshot = System.getProperty("neurite.demo.screenshot");
        if (screenshot != null) {
            screenshotScenario(vm, scene, Path.of(screenshot));
        }
        String layersScreenshot = System.getProperty("neurite.demo.layersScreenshot");
        if (layersScreenshot != null) {
            layersScreenshotScenario(vm, place.trainView(), scene, Path.of(layersScreenshot));
        }
        if (Boolean.getBoolean("neurite.demo.start")) {
            if (Boolean.getBoolean("neurite.demo.startWhenSettled")) {
                startWhenSettled(vm);
            } else {
                vm.start();
            }
        }
    }

    /**
     * Presses Start once the JVM has stopped compiling the window's code (under 20 ms of compilation in the last
     * second, or after 20 s), as when a learner looks at the place before starting: the measurement then shows the
     * steady cost of the dashboard, not the one-off compilation of a window that was shown a moment ago.
     */
    private static void startWhenSettled(TrainingViewModel vm) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        long[] last = {jit.getTotalCompilationTime()};
        int[] seconds = {0};
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1), e -> {
            long now = jit.getTotalCompilationTime();
            seconds[0]++;
            if (now - last[0] < 20 || seconds[0] >= 20) {
                poll.stop();
                System.out.println("MEASURE started after " + seconds[0] + " s, at uptime_ms="
                        + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                vm.start();
            }
            last[0] = now;
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }

    /**
     * Measures {@code neurite.measure.runs} runs (default 1) one after the other in the same window and prints, for
     * each, the longest stall of the JavaFX thread ({@link FxStallMeter}: no animation timer, so JavaFX pulses only
     * when the place changes something, as in the app), the epochs' time and the CPU each kind of thread used; exits
     * after the last.
     */
    private void measure(TrainingViewModel vm, TrainView view) {
        int runs = Integer.getInteger("neurite.measure.runs", 1);
        TickTimes ticks = new TickTimes(vm, Boolean.getBoolean("neurite.measure.debug"));
        view.observeTicks(ticks);
        FxStallMeter[] meter = new FxStallMeter[1];
        ThreadCpuTimes[] atStart = new ThreadCpuTimes[1];
        EpochCpu epochCpu = new EpochCpu();
        int[] finished = {0};
        int[] epochsSeen = {0};
        vm.liveLogProperty().addListener((obs, old, now) -> {
            int epochs = vm.history().size();
            if (vm.stateProperty().get() == RunState.RUNNING && epochs > epochsSeen[0]) {
                epochsSeen[0] = epochs;
                System.out.println(epochCpu.mark(Integer.toString(epochs)));
            }
        });
        vm.stateProperty().addListener((obs, old, now) -> {
            if (now == RunState.RUNNING && old == RunState.PREPARING) {
                meter[0] = new FxStallMeter();
                meter[0].start();
                atStart[0] = ThreadCpuTimes.now();
                epochCpu.start();
                epochsSeen[0] = 0;
            }
            if (now == RunState.FINISHED) {
                meter[0].stop();
                finished[0]++;
                report(finished[0], vm, ticks, meter[0], atStart[0]);
                if (finished[0] < runs) {
                    Platform.runLater(vm::start);
                } else {
                    Platform.exit();
                }
            }
        });
    }

    private static void report(int run, TrainingViewModel vm, TickTimes ticks, FxStallMeter meter,
                               ThreadCpuTimes atStart) {
        var history = vm.history();
        double seconds = history.stream().mapToDouble(e -> e.seconds()).sum();
        double speed = history.isEmpty() ? 0 : history.get(history.size() - 1).samplesPerSecond();
        System.out.printf(Locale.ROOT, "MEASURE run=%d longest_stall_ms=%.1f probes=%d epochs=%d "
                + "epoch_seconds=%.2f train_samples_per_second=%.0f longest_tick_ms=%.1f total_tick_ms=%.0f "
                + "drain_ms=%.0f%n", run, meter.longestStallMillis(), meter.probes(), history.size(), seconds, speed,
                ticks.longest / 1e6, ticks.total / 1e6, ticks.drainTotal / 1e6);
        history.forEach(e -> System.out.println("MEASURE epoch " + e.epoch() + " " + e.toKerasLine()));
        // the Keras line rounds to 0.1 s: a 10% comparison of 1-second epochs needs the milliseconds
        history.forEach(e -> System.out.printf(Locale.ROOT, "MEASURE epoch-seconds %d %.3f%n", e.epoch(), e.seconds()));
        meter.longStalls().forEach(stall -> System.out.println("MEASURE long stall " + stall));
        ThreadCpuTimes end = ThreadCpuTimes.now();
        System.out.printf(Locale.ROOT, "MEASURE cpu %-28s %.2f s%n", "(whole process)",
                end.processSecondsSince(atStart));
        end.secondsSince(atStart).forEach((thread, cpu) -> {
            if (cpu >= 0.05) {
                System.out.printf(Locale.ROOT, "MEASURE cpu %-28s %.2f s%n", thread, cpu);
            }
        });
    }

    /** Run 1 with the form's settings, a snapshot mid-run 2 (Adam) so runs, diff and overlay have content. */
    private void screenshotScenario(TrainingViewModel vm, Scene scene, Path file) {
        int batches = Integer.getInteger("neurite.demo.screenshot.batches", 40);
        vm.runs().runs().addListener((javafx.collections.ListChangeListener<RunEntry>) c -> {
            if (vm.runs().runs().size() == 1 && vm.runs().selected().isEmpty()) {
                vm.runs().select(java.util.List.of(vm.runs().runs().get(0)));
                Platform.runLater(() -> {
                    vm.form().optimizerProperty().set("Adam");
                    vm.form().earlyStoppingProperty().set(true);
                    vm.start();
                });
            }
        });
        boolean[] taken = new boolean[1];
        vm.batchesSeenProperty().addListener((obs, old, now) -> {
            if (vm.runs().runs().size() == 1 && now >= batches && !taken[0]) {
                taken[0] = true;
                Platform.runLater(() -> {
                    write(scene, file);
                    Platform.exit();
                });
            }
        });
    }

    /**
     * The Layers tab shown from the start; with {@code neurite.demo.secondLearningRate} a second run at that learning
     * rate follows the first (a large one shows dead ReLU units and the coach's note). The place is written once the
     * last run has ended and its test evaluation is in (the tab is filled at each epoch's end), then the app exits.
     */
    private static void layersScreenshotScenario(TrainingViewModel vm, TrainView view, Scene scene, Path file) {
        view.charts().showLayers(true);
        String second = System.getProperty("neurite.demo.secondLearningRate");
        int runs = second == null ? 1 : 2;
        vm.lastEvaluationProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            if (vm.runs().runs().size() < runs) {
                Platform.runLater(() -> {
                    vm.form().learningRateProperty().set(Double.parseDouble(second));
                    vm.start();
                });
                return;
            }
            Platform.runLater(() -> {
                write(scene, file);
                Platform.exit();
            });
        });
    }

    private static void write(Scene scene, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
            System.out.println("Wrote " + file.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The longest and the total time spent in the Train place's refresh ticks, in nanoseconds. JavaFX thread. */
    private static final class TickTimes implements TrainView.TickObserver {

        private final TrainingViewModel vm;
        private final boolean debug;
        private long longest;
        private long total;
        private long drainTotal;

        TickTimes(TrainingViewModel vm, boolean debug) {
            this.vm = vm;
            this.debug = debug;
        }

        @Override
        public void ticked(long nanos, long drainNanos) {
            if (debug && nanos > 40_000_000) {
                System.out.printf("MEASURE slow tick %.1f ms (drain %.1f ms) batches=%d%n", nanos / 1e6,
                        drainNanos / 1e6, vm.batchesSeenProperty().get());
            }
            longest = Math.max(longest, nanos);
            total += nanos;
            drainTotal += drainNanos;
        }
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }
}
