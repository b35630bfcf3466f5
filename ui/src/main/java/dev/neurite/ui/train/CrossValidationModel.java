package dev.neurite.ui.train;

import dev.neurite.CancellationToken;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.engine.Engine;
import dev.neurite.format.WeightsArchive;
import dev.neurite.model.ModelDefinition;
import dev.neurite.train.RunRecord;
import dev.neurite.train.TrainingPreparation;
import dev.neurite.train.crossval.CrossValidation;
import dev.neurite.train.crossval.CrossValidationListener;
import dev.neurite.train.crossval.CrossValidationResult;
import dev.neurite.train.crossval.FoldResult;
import dev.neurite.train.EpochMetrics;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Train place's Cross-validate action: K fresh copies of a snapshot of the model trained on K folds of the
 * training set ({@link CrossValidation}), with progress, cancellable, kept as a run of kind cross-validation.
 *
 * <p>Threads: properties and commands belong to the JavaFX thread. The work runs on the {@code worker} executor (a
 * thread of its own in the window); its progress reaches the properties through the {@code fx} executor
 * ({@code Platform::runLater} in the window), once per fold and epoch.
 */
public final class CrossValidationModel {

    private final Function<String, TrainTestSets> dataSource;
    private final TrainingPreparation preparation;
    private final Consumer<RunRecord> recorded;
    private final Executor worker;
    private final Executor fx;
    private final IntegerProperty folds = new SimpleIntegerProperty(this, "folds", 5);
    private final BooleanProperty stratified = new SimpleBooleanProperty(this, "stratified", true);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<CrossValidationResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /** The running cross-validation's token; null when none runs. JavaFX thread. */
    private CancellationToken cancelRunning;

    /**
     * @param dataSource resolves a data set id; called on the worker
     * @param engine     compiles each fold's fresh copy
     * @param recorded   receives the finished cross-validation as a run, on the JavaFX thread
     * @param worker     runs a cross-validation (it blocks for its whole length)
     * @param fx         hands progress over to the JavaFX thread
     */
    public CrossValidationModel(Function<String, TrainTestSets> dataSource, Engine engine,
                                Consumer<RunRecord> recorded, Executor worker, Executor fx) {
        this.dataSource = dataSource;
        this.preparation = new TrainingPreparation(engine, new WeightsArchive()::write);
        this.recorded = recorded;
        this.worker = worker;
        this.fx = fx;
    }

    // ---- Properties ------------------------------------------------------------------------------------------------

    /** K, the number of folds (at least 2). */
    public IntegerProperty foldsProperty() { return folds; }

    /** Whether each fold keeps the class shares (StratifiedKFold). */
    public BooleanProperty stratifiedProperty() { return stratified; }

    /** Whether a cross-validation is in progress. */
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }

    /** 0 to 1 over all folds' epochs. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    /** What it is doing, each fold's score, or why it failed. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The last finished (or cancelled) cross-validation, or null. */
    public ReadOnlyObjectProperty<CrossValidationResult> resultProperty() { return result.getReadOnlyProperty(); }

    // ---- Commands --------------------------------------------------------------------------------------------------

    /**
     * Cross-validates {@code snapshot} on the training set of {@code datasetId} (its first {@code sampleLimit}
     * samples when positive); the run gets number {@code runNumber}.
     */
    public void start(ModelDefinition snapshot, String datasetId, int sampleLimit, int runNumber) {
        if (running.get()) {
            return;
        }
        int k = folds.get();
        boolean stratify = stratified.get();
        running.set(true);
        progress.set(0);
        result.set(null);
        status.set("Cross-validation: loading the data\u2026");
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        CancellationToken cancel = new CancellationToken();
        cancelRunning = cancel;
        worker.execute(() -> {
            try {
                TrainTestSets data = dataSource.apply(datasetId);
                DataSet train = data.train();
                if (sampleLimit > 0 && sampleLimit < train.size()) {
                    train = train.range(0, sampleLimit);
                }
                CrossValidation crossValidation = new CrossValidation(snapshot, train, k, stratify,
                        snapshot.fit().seed(), preparation);
                CrossValidationResult done = crossValidation.run(new Progress(k, snapshot.fit().epochs()), cancel);
                RunRecord record = RunRecord.ofCrossValidation(runNumber, started,
                        (System.nanoTime() - startNanos) / 1e9, snapshot, datasetId,
                        RunRecord.fingerprint(data.train().provenance().files()), done);
                fx.execute(() -> finished(done, record));
            } catch (RuntimeException failure) {
                fx.execute(() -> {
                    running.set(false);
                    cancelRunning = null;
                    status.set("Cross-validation failed: " + WindowMessages.of(failure));
                });
            }
        });
    }

    /** Stops the cross-validation before its next batch; the folds already done are kept. */
    public void cancel() {
        if (cancelRunning != null) {
            cancelRunning.cancel();
            status.set("Cross-validation: stopping\u2026");
        }
    }

    private void finished(CrossValidationResult done, RunRecord record) {
        running.set(false);
        cancelRunning = null;
        progress.set(done.cancelled() ? progress.get() : 1);
        result.set(done);
        status.set(done.summaryLine());
        if (!done.folds().isEmpty()) {
            recorded.accept(record);
        }
    }

    /** Hands progress to the JavaFX thread; called on the worker and the folds' training threads. */
    private final class Progress implements CrossValidationListener {
        private final int k;
        private final int epochs;

        Progress(int k, int epochs) {
            this.k = k;
            this.epochs = epochs;
        }

        @Override
        public void foldStarted(int fold, int total, int trainSamples, int heldOutSamples) {
            String text = String.format(Locale.ROOT, "Cross-validation: fold %d/%d, training on %d, holding out %d",
                    fold, total, trainSamples, heldOutSamples);
            fx.execute(() -> status.set(text));
        }

        @Override
        public void epochEnded(int fold, EpochMetrics metrics) {
            double done = ((fold - 1) * (double) epochs + metrics.epoch()) / (k * (double) epochs);
            fx.execute(() -> progress.set(Math.min(1, done)));
        }

        @Override
        public void foldEnded(FoldResult fold) {
            String text = String.format(Locale.ROOT, "Cross-validation: fold %d/%d accuracy %.4f", fold.fold(), k,
                    fold.accuracy());
            fx.execute(() -> status.set(text));
        }
    }
}
