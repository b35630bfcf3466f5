package dev.neurite.ui.evaluation;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSet;
import dev.neurite.eval.ChunkedEvaluation;
import dev.neurite.eval.TrainedModel;
import dev.neurite.task.Background;
import dev.neurite.ui.common.InteractiveFirst;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

/**
 * Evaluation of the chosen model on the test set, in the background with progress and cancel. Results are kept per
 * model instance (the last {@value #KEPT} models), so choosing a model again, or coming back to the Test place,
 * shows its results at once. A new model is evaluated as soon as it is chosen.
 *
 * <p>Threading: commands and properties on the UI thread; the work runs on the background executor and its results
 * come back through the UI executor (tests pass same-thread executors).
 */
public final class EvaluationViewModel {

    /** Where the evaluation of the chosen model is. */
    public enum State { NO_MODEL, RUNNING, DONE, CANCELLED, FAILED }

    /** How many models' results are kept. */
    static final int KEPT = 4;

    private final ObservableValue<TrainedModel> model;
    private final DataSet testSet;
    private final Background tasks;
    private final Executor ui;
    private final ChunkedEvaluation job;
    private final Map<TrainedModel, TestResults> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TrainedModel, TestResults> eldest) {
            return size() > KEPT;
        }
    };
    private final ReadOnlyObjectWrapper<TestResults> results = new ReadOnlyObjectWrapper<>(this, "results");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NO_MODEL);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private CancellationToken running;
    private int evaluations;

    /**
     * @param model      the chosen model (null value: none)
     * @param testSet    labelled test images
     * @param background runs the evaluation
     * @param ui         hands results and progress back (JavaFX: {@code Platform::runLater})
     */
    public EvaluationViewModel(ObservableValue<TrainedModel> model, DataSet testSet, Executor background,
                               Executor ui) {
        this(model, testSet, background, ui, new InteractiveFirst());
    }

    /**
     * @param interactive predictions of the learner's drawing, which the evaluation lets go first between its chunks
     */
    public EvaluationViewModel(ObservableValue<TrainedModel> model, DataSet testSet, Executor background,
                               Executor ui, InteractiveFirst interactive) {
        this.job = EvaluationJob.lettingInteractiveWorkFirst(Objects.requireNonNull(interactive, "interactive"));
        this.model = Objects.requireNonNull(model, "model");
        this.testSet = Objects.requireNonNull(testSet, "testSet");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.tasks = Background.on(Objects.requireNonNull(background, "background"), ui);
        model.addListener((obs, old, now) -> show(now));
        show(model.getValue());
    }

    // ---- Properties ----------------------------------------------------------------------------------------------

    /** The chosen model's results, or null while they are being computed or when there is no model. */
    public ReadOnlyObjectProperty<TestResults> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Fraction of the test set evaluated, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line for the learner about the evaluation. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How many evaluations were started so far (results shown from the cache do not count). */
    public int evaluationsStarted() {
        return evaluations;
    }

    /** The test images. */
    public DataSet testSet() {
        return testSet;
    }

    // ---- Commands ------------------------------------------------------------------------------------------------

    /** Evaluates the chosen model again, even if its results are kept. */
    public void evaluate() {
        TrainedModel current = model.getValue();
        if (current != null) {
            kept.remove(current);
            show(current);
        }
    }

    /** Stops the running evaluation before its next chunk. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
            state.set(State.CANCELLED);
            message.set("Evaluation cancelled. Press Evaluate to run it again.");
        }
    }

    private void show(TrainedModel chosen) {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (chosen == null) {
            results.set(null);
            state.set(State.NO_MODEL);
            message.set("Train the model to see its mistakes.");
            return;
        }
        TestResults cached = kept.get(chosen);
        if (cached != null) {
            done(cached);
            return;
        }
        start(chosen);
    }

    private void start(TrainedModel chosen) {
        CancellationToken cancelled = new CancellationToken();
        running = cancelled;
        evaluations++;
        results.set(null);
        progress.set(0);
        state.set(State.RUNNING);
        message.set(String.format(Locale.ROOT, "Evaluating %s on %,d test images\u2026", chosen.name(),
                testSet.size()));
        tasks.run(() -> {
            ChunkedEvaluation.Result result = job.run(chosen.network(), testSet,
                    fraction -> ui.execute(() -> progressed(cancelled, fraction)), cancelled);
            return new TestResults(chosen, testSet, result.evaluation(), result.outputs());
        }, computed -> finished(cancelled, computed), e -> {
            if (!(e instanceof CancellationException)) { // else cancel() already said so
                failed(cancelled, e);
            }
        });
    }

    private void progressed(CancellationToken job, double fraction) {
        if (running == job) {
            progress.set(fraction);
        }
    }

    private void finished(CancellationToken job, TestResults computed) {
        kept.put(computed.model(), computed);
        if (running == job) {
            running = null;
            done(computed);
        }
    }

    private void done(TestResults shown) {
        results.set(shown);
        progress.set(1);
        state.set(State.DONE);
        message.set(String.format(Locale.ROOT, "%s: accuracy %.1f%% on %,d test images, %,d mistakes "
                        + "(loss %.4f).", shown.model().name(), shown.evaluation().accuracy() * 100, shown.size(),
                shown.evaluation().misclassified().size(), shown.evaluation().loss()));
    }

    private void failed(CancellationToken job, Throwable error) {
        if (running == job) {
            running = null;
            state.set(State.FAILED);
            message.set("The evaluation failed: " + error.getMessage());
        }
    }
}
