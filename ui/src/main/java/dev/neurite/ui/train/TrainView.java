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
 * progress along the bottom. A 100 ms timeline drains the engine's events (the progress shows the newest batch 10
 * times a second); every other tick it redraws one of the two charts in turn ({@link RedrawPacing}), so there are at
 * most 5 chart refreshes a second (2.5 per chart) however fast batches come. On a 2-core machine every redraw, and the
 * software-rendered frame it dirties, takes CPU from training (BENCHMARKS.md, "the window against the command
 * line"). JavaFX thread only.
 */
final class TrainView {

    /** The refresh period: the engine's news are applied 10 times a second. */
    static final Duration TICK = Duration.millis(100);

    private final TrainingViewModel model;
    private final BorderPane root = new BorderPane();
    private final ChartsPane charts;
    private final SettingsPane settings;
    private final Timeline ticker;
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

    /** Stops the refresh timeline (when the place is disposed). */
    void dispose() {
        ticker.stop();
    }
}
