package dev.neurite.ui.train;

import dev.neurite.train.CoachNote;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Train place's nodes: settings and controls on the left, the charts in the middle, runs and coach on the right,
 * progress along the bottom. A 50 ms timeline drains the engine's events; every other tick it redraws one of the two
 * charts in turn, so there are at most 10 chart refreshes a second (5 per chart) however fast batches come. JavaFX
 * thread only.
 */
final class TrainView {

    /** The refresh period: the engine's news are applied 20 times a second. */
    static final Duration TICK = Duration.millis(50);

    private final TrainingViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartsPane charts;
    private final SettingsPane settings;
    private final Timeline ticker;
    private long nextChartRefresh;
    private TickObserver tickObserver = TickObserver.NONE;

    /** A chart redraw that took t waits at least CHART_SHARE * t before the next one. */
    private static final long CHART_SHARE = 9;
    /**
     * The shortest time between two chart redraws: 10 a second, each chart 5 times a second, which still reads as
     * live while leaving the cores to training (every redraw is also a software-rendered frame).
     */
    static final long CHART_INTERVAL_NANOS = 100_000_000;

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
        root.setLeft(settings.view());
        root.setCenter(charts.view());
        root.setRight(sideScroll);
        root.setBottom(new ProgressPane(model).view());
        BorderPane.setMargin(charts.view(), new javafx.geometry.Insets(0, 8, 0, 8));
        ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    Node view() {
        return root;
    }

    ChartsPane charts() {
        return charts;
    }

    /**
     * Applies the engine's news every tick and redraws one chart at most every {@link #CHART_INTERVAL_NANOS}, less
     * often when a redraw is slow (software rendering on a small machine): charts may take at most about a tenth of
     * the JavaFX thread, leaving the cores to training and the window responsive.
     */
    void tick() {
        long started = System.nanoTime();
        model.drain();
        long now = System.nanoTime();
        if (now >= nextChartRefresh) {
            charts.refreshNext();
            long cost = System.nanoTime() - now;
            nextChartRefresh = now + Math.max(CHART_INTERVAL_NANOS - 1_000_000, cost * CHART_SHARE);
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

    /** Stops the refresh timeline (when the place is disposed). */
    void dispose() {
        ticker.stop();
    }
}
