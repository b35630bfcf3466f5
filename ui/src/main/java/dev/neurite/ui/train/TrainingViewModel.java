package dev.neurite.ui.train;

import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.eval.Evaluation;
import dev.neurite.eval.Evaluator;
import dev.neurite.eval.TrainedModel;
import dev.neurite.eval.TrainedModels;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.TrainedWeights;
import dev.neurite.graph.Diagnostic;
import dev.neurite.graph.TrainingChecks;
import dev.neurite.train.Coach;
import dev.neurite.train.CoachNote;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.KerasLog;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Train place's state and commands: Start, Pause, Resume, Stop, Step and +N epochs, progress, the live curves,
 * the coach's notes and the runs. No nodes.
 *
 * <p>Threads: every public method and property belongs to the JavaFX thread. Slow work (loading data, compiling,
 * evaluating) runs on the {@code background} executor, training on the session's own thread; both only post to an
 * {@link EventBuffer}, which {@link #drain()} applies on the JavaFX thread (the view calls it every 500 ms, tests
 * call it directly). Nothing here ever waits for the engine.
 */
public final class TrainingViewModel {

    /** Why the graph cannot be edited during a run; shown by the editor. */
    public static final String LOCK_REASON = "Training runs on a snapshot of the model taken at Start. Stop the run "
            + "or let it finish to edit the model; edits made now are applied when it ends.";

    private final ObservableValue<ModelDefinition> model;
    private final ObservableValue<String> datasetId;
    private final Executor background;
    private final RunPreparation preparation;
    private final Engine engine;
    private final Consumer<RunRecord> runRecorded;
    private final Consumer<TrainedWeights> weightsKept;
    private final EventBuffer buffer = new EventBuffer();

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(this, "canStart");
    private final ReadOnlyBooleanWrapper canPause = new ReadOnlyBooleanWrapper(this, "canPause");
    private final ReadOnlyBooleanWrapper canResume = new ReadOnlyBooleanWrapper(this, "canResume");
    private final ReadOnlyBooleanWrapper canStop = new ReadOnlyBooleanWrapper(this, "canStop");
    private final ReadOnlyBooleanWrapper canStep = new ReadOnlyBooleanWrapper(this, "canStep");
    private final ReadOnlyBooleanWrapper canTrainMore = new ReadOnlyBooleanWrapper(this, "canTrainMore");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper pauseConfirmed = new ReadOnlyBooleanWrapper(this, "pauseConfirmed");
    private final ReadOnlyStringWrapper liveLog = new ReadOnlyStringWrapper(this, "liveLog", "");
    private final ReadOnlyStringWrapper trainMoreNote = new ReadOnlyStringWrapper(this, "trainMoreNote", "");
    private final ReadOnlyStringWrapper editingLockReason = new ReadOnlyStringWrapper(this, "editingLockReason", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Choose the settings on the left and press Start.");
    private final ReadOnlyObjectWrapper<Network> lastNetwork = new ReadOnlyObjectWrapper<>(this, "lastNetwork");
    private final ReadOnlyObjectWrapper<TrainedModel> lastTrained = new ReadOnlyObjectWrapper<>(this, "lastTrained");
    private final ReadOnlyObjectWrapper<Evaluation> lastEvaluation = new ReadOnlyObjectWrapper<>(this,
            "lastEvaluation");
    private final ReadOnlyObjectWrapper<Long> batchesSeen = new ReadOnlyObjectWrapper<>(this, "batchesSeen", 0L);
    private final IntegerProperty moreEpochs = new SimpleIntegerProperty(this, "moreEpochs", 1);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", 0.9);
    private final ObjectProperty<Curve.XUnit> xUnit = new SimpleObjectProperty<>(this, "xUnit", Curve.XUnit.BATCH);
    private final BooleanProperty logLoss = new SimpleBooleanProperty(this, "logLoss", false);
    private final ObservableList<CoachNote> coachNotes = FXCollections.observableArrayList();
    private final ObservableList<CoachNote> coachNotesView = FXCollections.unmodifiableObservableList(coachNotes);

    private final FitForm form = new FitForm();
    private final ProgressModel progress = new ProgressModel();
    private final RunsModel runs = new RunsModel();
    private final LayersModel layers = new LayersModel();
    private final CrossValidationModel crossValidation;
    private final MetricCurves loss = new MetricCurves("loss");
    private final MetricCurves accuracy = new MetricCurves("accuracy");
    private final List<EpochMetrics> history = new ArrayList<>();
    private final List<Double> batchLosses = new ArrayList<>();
    private final List<Runnable> queuedEdits = new ArrayList<>();

    private PreparedRun current;
    private boolean stopRequested;
    private int batchesPerEpoch;
    private int epochsDone;
    private int plannedEpochs;
    private long startedNanos;
    private double runSeconds;
    private TrainingListener.EndReason endReason;
    private String endMessage = "";
    private String lossMismatch;

    /** A view model whose settings and runs are not stored in a project (demos, tests). */
    public TrainingViewModel(ObservableValue<ModelDefinition> model, ObservableValue<String> datasetId,
                             Executor background, Function<String, TrainTestSets> dataSource, Engine engine) {
        this(model, datasetId, background, dataSource, TrainPlace.Links.NONE, engine);
    }

    /**
     * @param model          the current model; its value at Start is the run's snapshot
     * @param datasetId      the selected data set id ({@code digits}, {@code fashion-mnist}, a path)
     * @param background     runs loading, compiling and evaluation; a same-thread executor in tests
     * @param dataSource     resolves a data set id; called on the background executor
     * @param links      where settings edits and finished runs go (its openElsewhere is the view's)
     */
    public TrainingViewModel(ObservableValue<ModelDefinition> model, ObservableValue<String> datasetId,
                             Executor background, Function<String, TrainTestSets> dataSource,
                             TrainPlace.Links links, Engine engine) {
        this.model = Objects.requireNonNull(model, "model");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.runRecorded = links.runRecorded();
        this.weightsKept = links.weightsKept();
        this.datasetId = Objects.requireNonNull(datasetId, "datasetId");
        this.background = Objects.requireNonNull(background, "background");
        this.preparation = new RunPreparation(dataSource, engine);
        this.crossValidation = new CrossValidationModel(dataSource, engine, record -> {
            runs.record(new RunEntry(record));
            runRecorded.accept(record);
        }, job -> {
            Thread thread = new Thread(job, "neurite-cross-validation");
            thread.setDaemon(true);
            thread.start();
        }, javafx.application.Platform::runLater);
        crossValidation.runningProperty().addListener((obs, was, now) -> refreshCommands());
        runs.selected().addListener((javafx.collections.ListChangeListener<RunEntry>) change ->
                layers.select(List.copyOf(runs.selected())));
        if (model.getValue() != null) {
            form.load(model.getValue());
        }
        model.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.fit().equals(now.fit()) || !old.compile().equals(now.compile()))) {
                form.load(now);
            }
            refreshCommands();
        });
        datasetId.addListener((obs, old, now) -> refreshCommands());
        form.addModelEditListener(() -> {
            if (model.getValue() == null || running.get()) {
                return;
            }
            try {
                links.settingsEdited().accept(form.apply(model.getValue()));
            } catch (RuntimeException invalid) {
                status.set(invalid.getMessage());
            }
        });
        refreshCommands();
    }

    // ---- Properties ------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<RunState> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canStartProperty() { return canStart.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canPauseProperty() { return canPause.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canResumeProperty() { return canResume.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canStopProperty() { return canStop.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canStepProperty() { return canStep.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canTrainMoreProperty() { return canTrainMore.getReadOnlyProperty(); }

    /**
     * Empty when +N epochs would continue the model on the canvas; else why it will not (the finished run trained
     * another model) and that Start makes a new run. {@link #trainMore()} refuses then, saying so.
     */
    public ReadOnlyStringProperty trainMoreNoteProperty() { return trainMoreNote.getReadOnlyProperty(); }

    /** True from Start until the run ends: the graph editor binds its lock to this. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** Same as {@link #runningProperty()}, named for the editor. */
    public ReadOnlyBooleanProperty editingLockedProperty() { return running.getReadOnlyProperty(); }

    /** Why editing is locked ({@link #LOCK_REASON}), or empty. */
    public ReadOnlyStringProperty editingLockReasonProperty() { return editingLockReason.getReadOnlyProperty(); }

    /** True once the session has actually paused (after the batch in progress). */
    public ReadOnlyBooleanProperty pauseConfirmedProperty() { return pauseConfirmed.getReadOnlyProperty(); }

    /**
     * The Keras-style text log of the current (or last) run so far: one "Epoch 3/5 - 1.8s - loss: ..." line per
     * epoch, growing while it trains; empty before the first run.
     */
    public ReadOnlyStringProperty liveLogProperty() { return liveLog.getReadOnlyProperty(); }

    /** A sentence on what is happening or what happened last. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /**
     * A copy of the network as the latest run ended, set shortly after the run ends (null until then and while a new
     * run prepares). Training the run further does not change it; each end of the run gives a new copy.
     */
    public ReadOnlyObjectProperty<Network> lastNetworkProperty() { return lastNetwork.getReadOnlyProperty(); }

    /** {@link #lastNetworkProperty()} named for the Test place's chooser: "Trained model, run 3". */
    public ReadOnlyObjectProperty<TrainedModel> lastTrainedProperty() { return lastTrained.getReadOnlyProperty(); }

    /** The test evaluation after the latest run, or null. */
    public ReadOnlyObjectProperty<Evaluation> lastEvaluationProperty() {
        return lastEvaluation.getReadOnlyProperty();
    }

    /** Batches trained in the current run so far. */
    public ReadOnlyObjectProperty<Long> batchesSeenProperty() { return batchesSeen.getReadOnlyProperty(); }

    /** The N of "+N epochs". */
    public IntegerProperty moreEpochsProperty() { return moreEpochs; }

    /** The charts' smoothing weight in [0, 0.99]. */
    public DoubleProperty smoothingProperty() { return smoothing; }

    /** Batches or epochs on the charts' x axis. */
    public ObjectProperty<Curve.XUnit> xUnitProperty() { return xUnit; }

    /** A logarithmic loss axis. */
    public BooleanProperty logLossProperty() { return logLoss; }

    /** The coach's notes on the current run. */
    public ObservableList<CoachNote> coachNotes() { return coachNotesView; }

    public FitForm form() { return form; }

    public ProgressModel progress() { return progress; }

    public RunsModel runs() { return runs; }

    /** The Layers view: each layer's weights, gradients and never-fired ReLU units per epoch. */
    public LayersModel layers() { return layers; }

    /** The Cross-validate action: its folds, progress and result. */
    public CrossValidationModel crossValidation() { return crossValidation; }

    /** The epochs of the current run so far. */
    public List<EpochMetrics> history() { return List.copyOf(history); }

    MetricCurves lossCurves() { return loss; }

    /** The current or last run, or null (tests await its session). */
    PreparedRun currentRun() { return current; }

    MetricCurves accuracyCurves() { return accuracy; }

    // ---- Commands --------------------------------------------------------------------------------------------------

    /** Starts a new run on a snapshot of the current model with the form's settings. */
    public void start() {
        if (!canStart.get()) {
            return;
        }
        ModelDefinition snapshot;
        try {
            snapshot = form.apply(model.getValue());
        } catch (RuntimeException invalid) {
            status.set(invalid.getMessage());
            return;
        }
        RunPreparation.Request request = new RunPreparation.Request(runs.nextNumber(), snapshot, form.callbacks(),
                datasetId.getValue(), form.sampleLimitProperty().get(), Instant.now());
        stopRequested = false;
        setState(RunState.PREPARING);
        status.set("Loading the data and compiling the model\u2026");
        background.execute(() -> {
            try {
                buffer.post(new TrainingEvent.Prepared(preparation.prepare(request, buffer)));
            } catch (RuntimeException failure) {
                buffer.post(new TrainingEvent.PreparationFailed(WindowMessages.of(failure)));
            }
        });
    }

    /**
     * Cross-validates a snapshot of the current model with the form's settings on K folds of the training set (K and
     * stratification from {@link #crossValidation()}); kept as a run of kind cross-validation. Like Start, only when
     * nothing trains.
     */
    public void crossValidate() {
        if (!canStart.get()) {
            return;
        }
        try {
            crossValidation.start(form.apply(model.getValue()), datasetId.getValue(),
                    form.sampleLimitProperty().get(), runs.nextNumber());
        } catch (RuntimeException invalid) {
            status.set(invalid.getMessage());
        }
    }

    /** Pauses after the batch in progress. */
    public void pause() {
        if (canPause.get()) {
            current.session().pause();
            setState(RunState.PAUSED);
            status.set("Pausing after this batch\u2026");
        }
    }

    public void resume() {
        if (canResume.get()) {
            current.session().resume();
            setState(RunState.RUNNING);
            status.set("Training\u2026");
        }
    }

    /** While paused: trains one batch. */
    public void step() {
        if (canStep.get()) {
            current.session().step();
        }
    }

    /** Ends the run before the next batch; the network keeps its weights and is evaluated. */
    public void stop() {
        if (!canStop.get()) {
            return;
        }
        stopRequested = true;
        if (current != null && state.get() != RunState.PREPARING) {
            current.session().stop();
        }
        status.set("Stopping\u2026");
        refreshCommands();
    }

    /**
     * Trains {@link #moreEpochsProperty()} more epochs on the finished run, keeping the optimizer's state; only when
     * that run trained the model on the canvas (its layers unchanged), else the status says so and offers Start.
     */
    public void trainMore() {
        if (!canTrainMore.get()) {
            return;
        }
        if (!trainMoreNote.get().isEmpty()) {
            status.set(trainMoreNote.get());
            return;
        }
        stopRequested = false;
        current.session().trainMore(Math.max(1, moreEpochs.get()));
        setState(RunState.RUNNING);
        status.set("Training " + moreEpochs.get() + " more epoch" + (moreEpochs.get() == 1 ? "" : "s") + "\u2026");
    }

    /**
     * Applies an edit of the model now, or, during a run, queues it until the run ends (the run keeps training its
     * snapshot). Returns whether it was applied now.
     */
    public boolean edit(Runnable change) {
        if (!running.get()) {
            change.run();
            return true;
        }
        queuedEdits.add(change);
        status.set("Your edit will be applied when the run ends: " + LOCK_REASON);
        return false;
    }

    /**
     * Applies what the engine reported since the last call. Called every refresh tick. Every batch reaches the curves;
     * the progress, the batch count and the coach's early notes are updated once for each run of consecutive batches
     * (their newest), not once per batch: what shows after the drain is the same, with less work on this thread.
     */
    public void drain() {
        TrainingEvent.Batch newest = null;
        int batches = 0;
        for (TrainingEvent event : buffer.drain()) {
            if (event instanceof TrainingEvent.Batch batch) {
                curves(batch);
                newest = batch;
                batches++;
                continue;
            }
            progressed(newest, batches);
            newest = null;
            batches = 0;
            apply(event);
        }
        progressed(newest, batches);
    }

    // ---- Event handling ---------------------------------------------------------------------------------------------

    private void apply(TrainingEvent event) {
        if (event instanceof TrainingEvent.Prepared prepared) {
            prepared(prepared.run());
        } else if (event instanceof TrainingEvent.PreparationFailed failed) {
            setState(current == null ? RunState.IDLE : RunState.FINISHED);
            status.set(failed.message());
            applyQueuedEdits();
        } else if (event instanceof TrainingEvent.Started started) {
            plannedEpochs = epochsDone + started.epochs();
            batchesPerEpoch = started.batches();
            startedNanos = started.nanos();
            progress.started(started, epochsDone);
        } else if (event instanceof TrainingEvent.Batch batch) {
            curves(batch);
            progressed(batch, 1);
        } else if (event instanceof TrainingEvent.Epoch epoch) {
            epoch(epoch);
        } else if (event instanceof TrainingEvent.Paused paused) {
            pauseConfirmed.set(paused.paused());
            progress.paused(paused.paused(), paused.nanos());
            if (paused.paused()) {
                status.set("Paused. Step trains one batch; Resume continues.");
            }
        } else if (event instanceof TrainingEvent.Ended ended) {
            ended(ended);
        } else if (event instanceof TrainingEvent.Snapshot snapshot) {
            lastNetwork.set(snapshot.model().network());
            lastTrained.set(snapshot.model());
            weightsKept.accept(snapshot.weights());
        } else if (event instanceof TrainingEvent.Evaluated evaluated) {
            lastEvaluation.set(evaluated.evaluation());
            recordRun();
        }
    }

    private void prepared(PreparedRun run) {
        if (stopRequested) {
            setState(current == null ? RunState.IDLE : RunState.FINISHED);
            status.set("Start was cancelled.");
            applyQueuedEdits();
            return;
        }
        current = run;
        lossMismatch = TrainingChecks.outputLossMismatch(run.definition().graph().analyze(),
                run.definition().compile().loss()).map(Diagnostic::message).orElse(null);
        lastNetwork.set(null);
        lastEvaluation.set(null);
        history.clear();
        batchLosses.clear();
        coachNotes.clear();
        layers.runStarted(run.number());
        loss.clear();
        accuracy.clear();
        epochsDone = 0;
        plannedEpochs = run.definition().fit().epochs();
        liveLog.set("");
        runSeconds = 0;
        batchesSeen.set(0L);
        run.session().start();
        setState(RunState.RUNNING);
        status.set("Training " + run.definition().fit().epochs() + " epochs on " + run.trainSamples()
                + " samples\u2026");
    }

    /** One batch's own loss and accuracy on the curves. */
    private void curves(TrainingEvent.Batch batch) {
        double global = (double) (batch.epoch() - 1) * batch.batches() + batch.batch();
        double position = batch.epoch() - 1 + (double) batch.batch() / batch.batches();
        loss.addBatch(global, position, batch.loss());
        accuracy.addBatch(global, position, batch.accuracy());
        batchLosses.add(batch.loss());
    }

    /**
     * After {@code count} batches reached the curves, {@code newest} the last of them (nothing when null): the
     * progress shows it, and in the first epoch the coach looks again when a multiple of 20 batches was passed.
     */
    private void progressed(TrainingEvent.Batch newest, int count) {
        if (newest == null) {
            return;
        }
        batchesSeen.set(batchesSeen.get() + count);
        progress.batch(newest);
        int seen = batchLosses.size();
        if (history.isEmpty() && seen / 20 != (seen - count) / 20) {
            showNotes(Coach.notes(history, batchLosses, lossMismatch));
        }
    }

    /**
     * Shows {@code notes} unless they are the notes already shown: the side pane rebuilds its cards on every change
     * of the list, and the coach mostly repeats itself from one look to the next.
     */
    private void showNotes(List<CoachNote> notes) {
        if (!coachNotes.equals(notes)) {
            coachNotes.setAll(notes);
        }
    }

    private void epoch(TrainingEvent.Epoch event) {
        EpochMetrics metrics = event.metrics();
        history.add(metrics);
        epochsDone = metrics.epoch();
        double global = (double) metrics.epoch() * batchesPerEpoch;
        loss.addEpoch(metrics.epoch(), global, metrics.loss(), metrics.validationLoss());
        accuracy.addEpoch(metrics.epoch(), global, metrics.accuracy(), metrics.validationAccuracy());
        progress.epochEnded(event.nanos());
        layers.epoch(event.layers());
        showNotes(Coach.notes(history, batchLosses, lossMismatch, layers.currentRun()));
        liveLog.set(KerasLog.epochs(history, plannedEpochs));
    }

    private void ended(TrainingEvent.Ended ended) {
        runSeconds += (ended.nanos() - startedNanos) / 1e9;
        endReason = ended.reason();
        endMessage = ended.message();
        pauseConfirmed.set(false);
        Map<String, INDArray> weights = current.network().weights();
        recordRun();
        setState(RunState.FINISHED);
        status.set(ended.message());
        progress.ended(ended.reason() == TrainingListener.EndReason.COMPLETED ? "Done" : "Ended");
        showNotes(Coach.notes(history, batchLosses, lossMismatch, layers.currentRun()));
        if (ended.reason() == TrainingListener.EndReason.FAILED) {
            status.set(ended.message() + " Its weights were not kept: the Test place and the project keep the "
                    + "model they had.");
        } else {
            snapshotAndEvaluate(current, weights);
        }
        applyQueuedEdits();
    }

    /**
     * On the background executor: a network of its own with {@code weights} (the run as it ended; "+N epochs" goes
     * on training the run's network, never this one), handed to the Test place, then evaluated on the test set.
     */
    private void snapshotAndEvaluate(PreparedRun run, Map<String, INDArray> weights) {
        background.execute(() -> {
            Network copy;
            try {
                copy = TrainedModels.withWeights(run.definition(), weights, engine,
                        "the weights of run " + run.number());
                buffer.post(new TrainingEvent.Snapshot(new TrainedModel("Trained model, run " + run.number(), copy),
                        TrainedWeights.of(run.number(), weights)));
            } catch (RuntimeException failure) {
                buffer.post(new TrainingEvent.PreparationFailed("Keeping the trained model failed: "
                        + failure.getMessage()));
                return;
            }
            if (run.test() == null) {
                return;
            }
            try {
                buffer.post(new TrainingEvent.Evaluated(new Evaluator(256).evaluate(copy, run.test())));
            } catch (RuntimeException failure) {
                buffer.post(new TrainingEvent.PreparationFailed("Evaluating on the test set failed: "
                        + failure.getMessage()));
            }
        });
    }

    private void recordRun() {
        Evaluation evaluation = lastEvaluation.get();
        RunRecord record = new RunRecord(current.number(), current.started(), runSeconds,
                current.definition().withFit(current.definition().fit().withEpochs(Math.max(1, epochsDone))),
                current.callbacks(), current.datasetId(), current.datasetHash(), history, batchesPerEpoch, endReason,
                endMessage,
                evaluation == null ? Double.NaN : evaluation.loss(),
                evaluation == null ? Double.NaN : evaluation.accuracy()).withLayers(layers.currentRun());
        runs.record(new RunEntry(record));
        liveLog.set(KerasLog.of(record));
        runRecorded.accept(record);
    }

    private void applyQueuedEdits() {
        List<Runnable> edits = List.copyOf(queuedEdits);
        queuedEdits.clear();
        edits.forEach(Runnable::run);
    }

    private void setState(RunState next) {
        state.set(next);
        refreshCommands();
    }

    private void refreshCommands() {
        RunState s = state.get();
        boolean active = s == RunState.PREPARING || s == RunState.RUNNING || s == RunState.PAUSED;
        running.set(active);
        editingLockReason.set(active ? LOCK_REASON : "");
        canStart.set(!active && model.getValue() != null && datasetId.getValue() != null
                && (crossValidation == null || !crossValidation.runningProperty().get()));
        canPause.set(s == RunState.RUNNING && !stopRequested);
        canResume.set(s == RunState.PAUSED && !stopRequested);
        canStep.set(s == RunState.PAUSED && !stopRequested);
        canStop.set(active && !stopRequested);
        canTrainMore.set(s == RunState.FINISHED && current != null
                && endReason != TrainingListener.EndReason.FAILED);
        trainMoreNote.set(canTrainMore.get() ? continuationMismatch() : "");
    }

    /** Why the finished run cannot be continued for the model on the canvas, or empty when it can. */
    private String continuationMismatch() {
        ModelDefinition now = model.getValue();
        if (now == null || now.graph().equals(current.definition().graph())) {
            return "";
        }
        return "+N epochs would continue run " + current.number() + ", which trained another model: the layers on "
                + "the canvas changed since. Start trains the model on the canvas as a new run.";
    }
}
