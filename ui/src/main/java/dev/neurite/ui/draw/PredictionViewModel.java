package dev.neurite.ui.draw;

import dev.neurite.data.preprocess.DigitPreprocessor;
import dev.neurite.data.preprocess.PreprocessedDigit;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluator;
import dev.neurite.explain.Activations;
import dev.neurite.task.Background;
import dev.neurite.task.LatestWins;
import dev.neurite.ui.common.InteractiveFirst;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Turns the canvas's pixels into a {@link DigitPrediction}: preprocessing and the forward pass run on the background
 * executor, the result is published on the UI executor. Requests made while one is running are coalesced
 * ({@link LatestWins}): only the newest waits, so a fast stroke never queues up stale work; the result of a request
 * that was superseded while it ran is still shown until the newest one's is ready. Each result records how long it
 * took from the request (the end of a stroke) to its publication, for {@link #latency()}. Each request is marked as
 * interactive work in flight ({@link InteractiveFirst}) from the moment it is handed to the background until its
 * result is computed, so that an evaluation sharing the network and the cores pauses between its chunks and lets it
 * go first.
 *
 * <p>Threading: call the commands on the UI thread (the JavaFX thread; in tests the executors may be same-thread).
 * The network is thread-safe and may be shared with an evaluation running elsewhere.
 */
public final class PredictionViewModel {

    private final ObservableValue<Network> model;
    private final DigitPreprocessor preprocessor;
    private final LatestWins<Request, DigitPrediction> latest;
    private final ReadOnlyObjectWrapper<DigitPrediction> prediction = new ReadOnlyObjectWrapper<>(this, "prediction");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final LatencyMeter latency = new LatencyMeter();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private volatile boolean withLayers;
    private Request last;
    private long publishedAskedAt;

    /**
     * The pixels of one drawing, when they were asked for ({@link System#nanoTime()}) and the network to ask (read on
     * the UI thread; null when there is none).
     */
    private record Request(int[] argb, int width, int height, long askedAt, Network network) {
    }

    /**
     * @param model      the network to ask, or a null value when there is none yet (then only the steps are shown)
     * @param background runs preprocessing and prediction
     * @param ui         publishes results (JavaFX: {@code Platform::runLater})
     */
    public PredictionViewModel(ObservableValue<Network> model, DigitPreprocessor preprocessor, Executor background,
                               Executor ui) {
        this(model, preprocessor, background, ui, new InteractiveFirst());
    }

    /** @param interactive marks each request as interactive work in flight until its result is computed */
    public PredictionViewModel(ObservableValue<Network> model, DigitPreprocessor preprocessor, Executor background,
                               Executor ui, InteractiveFirst interactive) {
        this.model = Objects.requireNonNull(model, "model");
        this.preprocessor = Objects.requireNonNull(preprocessor, "preprocessor");
        latest = new LatestWins<>(Background.on(background, ui), (request, cancel) -> compute(request),
                new LatestWins.Listener<>() {
                    @Override
                    public void succeeded(Request request, DigitPrediction result, boolean newest) {
                        publish(result, request.askedAt());
                    }

                    @Override
                    public void failed(Request request, Throwable error, boolean newest) {
                        warning.set("The model could not predict this drawing: " + error.getMessage());
                    }

                    @Override
                    public void idle() {
                        busy.set(false);
                    }
                }, Objects.requireNonNull(interactive, "interactive")); // a request waiting is in flight too
        model.addListener((obs, old, now) -> {
            if (last != null) {
                request(last.argb(), last.width(), last.height(), System.nanoTime());
            }
        });
    }

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** The newest result, or null before the first request. */
    public ReadOnlyObjectProperty<DigitPrediction> predictionProperty() {
        return prediction.getReadOnlyProperty();
    }

    /** The newest result's warnings as one text, empty when there is nothing to say. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Whether a request is being computed or waiting; false once the newest request's result is published. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * {@link System#nanoTime()} of the event that asked for the newest published result (its stroke end), so that
     * work chained on a result can measure its own latency from the same moment; 0 before the first.
     */
    public long publishedAskedAt() {
        return publishedAskedAt;
    }

    /** Request-to-published times of the results so far. */
    public LatencyMeter latency() {
        return latency;
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    /**
     * Asks for a prediction of packed ARGB pixels (row after row; transparent counts as paper).
     *
     * @param askedAt {@link System#nanoTime()} of the event that made the pixels (the end of a stroke)
     */
    public void request(int[] argb, int width, int height, long askedAt) {
        last = new Request(argb, width, height, askedAt, model.getValue());
        busy.set(true);
        latest.submit(last);
    }

    /** Background thread. */
    private DigitPrediction compute(Request request) {
        Network network = request.network();
        PreprocessedDigit digit = preprocessor.processArgb(request.argb(), request.width(), request.height());
        if (network == null || digit.isEmpty()) {
            return new DigitPrediction(digit, null);
        }
        if (withLayers) {
            // One forward pass for the bars and the Inside view: its last layer is the probabilities.
            Activations layers = Activations.of(network, digit.input());
            return new DigitPrediction(digit, layers.output(), layers, network);
        }
        return new DigitPrediction(digit, Evaluator.predict(network, digit.input()));
    }

    /**
     * Whether each prediction also keeps every layer's output (while the Inside view is shown), so that the view
     * needs no forward pass of its own. Any thread.
     */
    public void setWithLayers(boolean keep) {
        withLayers = keep;
    }

    private void publish(DigitPrediction result, long askedAt) {
        publishedAskedAt = askedAt;
        prediction.set(result);
        warning.set(String.join("\n", result.warnings()));
        latency.record(System.nanoTime() - askedAt);
    }
}
