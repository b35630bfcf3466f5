package dev.neurite.ui.train;

import dev.neurite.train.CoachNote;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The Train place's nodes: settings and controls on the left, the charts in the middle, runs and coach on the right,
 * progress along the bottom. Every {@link #TICK} (500 ms) the place drains the engine's events and, when
 * {@link RedrawPacing} allows, redraws one of the two charts in turn, in the same pulse: so a run changes the window
 * at most twice a second (progress twice, each chart once), one frame each. The ticks come from a timer
 * thread, not from a JavaFX animation: an animation makes JavaFX run a pulse 60 times a second for as long as it runs,
 * even with nothing to draw. On a 2-core machine every frame (JavaFX's software pipeline renders and uploads the whole
 * window for each) takes CPU from training (BENCHMARKS.md, "the window against the command line"). JavaFX thread
 * only, except the timer thread, which only posts {@link #tick()} to the JavaFX thread.
 */
final class TrainView {

    /**
     * The refresh period: the engine's news are applied twice a second. At 5 a second JavaFX and its renderer took
     * twice the CPU (0.20 against 0.10 s per mnist-mlp epoch on 2 cores), all of it taken from training
     * (BENCHMARKS.md, session 12).
     */
    static final Duration TICK = Duration.millis(500);
    /**
     * The most of the place's width each side column takes: in a small window or at a large text size the charts keep
     * at least the rest (at 1024 px and 150% text the columns took 700 of 1024 px, the charts 280).
     */
    static final double SIDE_SHARE = 0.3;
    /** Posts every Train place's ticks to the JavaFX thread; one daemon thread for all places. */
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(job -> {
        Thread thread = new Thread(job, "neurite-train-ticks");
        thread.setDaemon(true);
        return thread;
    });

    private final TrainingViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartsPane charts;
    private final SettingsPane settings;
    private final ScheduledFuture<?> ticker;
    /** Set while a posted tick waits for the JavaFX thread: a busy thread gets one tick, not a queue of them. */
    private final AtomicBoolean tickPosted = new AtomicBoolean();
    private final RedrawPacing chartPacing = new RedrawPacing((long) (TICK.toMillis() * 1_000_000));
    private TickObserver tickObserver = TickObserver.NONE;

    /** @param openElsewhere opens settings that live outside this place (the loss, layers) */
    TrainView(TrainingViewModel model, Consumer<CoachNote.Setting> openElsewhere) {
        this.model = model;
        root.getStyleClass().add(TrainStyles.PLACE);
        root.getStylesheets().add(Objects.requireNonNull(TrainView.class.getResource(TrainStyles.STYLESHEET))
                .toExternalForm());
        settings = new SettingsPane(model);
        charts = new ChartsPane(model);
        SidePane side = new SidePane(model, setting -> {
            if (!settings.focus(setting)) {
                openElsewhere.accept(setting);
            }
        });
        ScrollPane sideScroll = new ScrollPane(side.view());
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Region left = settings.view();
        left.maxWidthProperty().bind(root.widthProperty().multiply(SIDE_SHARE));
        sideScroll.maxWidthProperty().bind(root.widthProperty().multiply(SIDE_SHARE));
        root.setLeft(left);
        root.setCenter(charts.view());
        root.setRight(sideScroll);
        root.setBottom(new ProgressPane(model).view());
        BorderPane.setMargin(charts.view(), new javafx.geometry.Insets(0, 8, 0, 8));
        long period = (long) TICK.toMillis();
        ticker = TICKS.scheduleAtFixedRate(this::postTick, period, period, TimeUnit.MILLISECONDS);
    }

    Node view() {
        return root;
    }

    ChartsPane charts() {
        return charts;
    }

    /** On the timer thread: asks the JavaFX thread for a tick unless one is still waiting. */
    private void postTick() {
        if (tickPosted.compareAndSet(false, true)) {
            try {
                Platform.runLater(() -> {
                    tickPosted.set(false);
                    tick();
                });
            } catch (IllegalStateException toolkitExited) {
                ticker.cancel(false);
            }
        }
    }

    /**
     * Applies the engine's news every tick and redraws one chart when {@link RedrawPacing} says so, less often when a
     * redraw is slow (software rendering on a small machine): charts may take at most about a tenth of the JavaFX
     * thread, leaving the cores to training and the window responsive.
     */
    void tick() {
        long started = System.nanoTime();
        model.drain();
        long now = System.nanoTime();
        if (chartPacing.due(now)) {
            charts.refreshNext();
            chartPacing.redrawn(now, System.nanoTime() - now);
        }
        tickObserver.ticked(System.nanoTime() - started, now - started);
    }

    /** Who is told how long each {@link #tick()} took (the bench module's measurements); JavaFX thread. */
    void observeTicks(TickObserver observer) {
        tickObserver = Objects.requireNonNull(observer);
    }

    /** Told after every refresh tick, on the JavaFX thread. */
    @FunctionalInterface
    interface TickObserver {

        /** The observer that does nothing. */
        TickObserver NONE = (nanos, drainNanos) -> { };

        /** One tick took {@code nanos} in all, {@code drainNanos} of them applying the engine's news. */
        void ticked(long nanos, long drainNanos);
    }

    /** Stops the refresh ticks (when the place is disposed). */
    void dispose() {
        ticker.cancel(false);
    }
}
