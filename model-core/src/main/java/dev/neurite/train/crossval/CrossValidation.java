package dev.neurite.train.crossval;

import dev.neurite.CancellationToken;
import dev.neurite.NeuriteException;
import dev.neurite.data.DataSet;
import dev.neurite.data.TrainTestSets;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Validation;
import dev.neurite.train.BatchProgress;
import dev.neurite.train.CallbackSettings;
import dev.neurite.train.EpochMetrics;
import dev.neurite.train.Preflight;
import dev.neurite.train.TrainingListener;
import dev.neurite.train.TrainingPreparation;
import dev.neurite.train.TrainingSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * k-fold cross-validation of a model, as scikit-learn's {@code cross_val_score(model, x, y, cv=k)}: the training set
 * is dealt into k {@link Folds} (stratified or not, seeded); for each fold a fresh copy of the model (initialised from
 * the fit's seed, as {@code clone} gives a fresh estimator) trains on the other folds with the model's fit settings and
 * the run preparation every training uses ({@link TrainingPreparation}), validating every epoch on the held-out fold,
 * and is scored by its last epoch's validation: loss and accuracy on the held-out fold with the final weights. The
 * test set is never used. Preprocessing that is fitted (standardization, PCA, adapted Normalization) is fitted on each
 * fold's training part only.
 *
 * <p>Threads: {@link #run} blocks the calling thread (a background thread in the window) until every fold has trained
 * or its {@link CancellationToken} was cancelled; each fold trains on its own {@code neurite-training} thread. The
 * token may be cancelled from any thread; the fold in progress stops before its next batch and is left out of the
 * result.
 */
public final class CrossValidation {

    private final ModelDefinition definition;
    private final DataSet train;
    private final Folds folds;
    private final boolean stratified;
    private final long seed;
    private final TrainingPreparation preparation;

    /**
     * @param definition the model and its fit settings (epochs, batch size, preprocessing); its validation setting is
     *                   replaced by the held-out fold
     * @param train      the labelled training set to deal into folds
     * @param k          the number of folds, in {@code [2, train.size()]}
     * @param stratified whether each fold keeps the class proportions ({@code StratifiedKFold})
     * @param seed       the seed that deals the folds
     * @param preparation prepares each fold's run, as every training is prepared
     * @throws NeuriteException when the set has no labels, k does not fit it, or the model has an error for this data
     *                          and fit (e.g. an Input that does not take the PCA's components)
     */
    public CrossValidation(ModelDefinition definition, DataSet train, int k, boolean stratified, long seed,
                           TrainingPreparation preparation) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.train = Objects.requireNonNull(train, "train");
        this.preparation = Objects.requireNonNull(preparation, "preparation");
        if (!train.isLabelled()) {
            throw new NeuriteException("The data set '" + train.name() + "' has no labels to cross-validate on.");
        }
        Preflight.check(definition, train.name(), TrainTestSets.trainOnly(train));
        this.folds = stratified ? Folds.stratified(train.labels(), k, seed) : Folds.kFold(train.size(), k, seed);
        this.stratified = stratified;
        this.seed = seed;
    }

    /** How the training set is dealt. */
    public Folds folds() {
        return folds;
    }

    /** As {@link #run(CrossValidationListener, CancellationToken)}, never cancelled. */
    public CrossValidationResult run(CrossValidationListener listener) {
        return run(listener, CancellationToken.NEVER);
    }

    /**
     * Trains and scores every fold in turn, on the calling thread (which waits while each fold trains).
     *
     * @param cancel stops the cross-validation before the next batch
     * @return the finished folds' scores; {@code cancelled()} when {@code cancel} stopped it
     * @throws NeuriteException when a fold cannot train (its settings do not fit the data) or its training fails
     */
    public CrossValidationResult run(CrossValidationListener listener, CancellationToken cancel) {
        List<FoldResult> results = new ArrayList<>();
        FitSettings fit = definition.fit().withValidation(new Validation.TestSet());
        for (int f = 0; f < folds.count() && !cancel.isCancelled(); f++) {
            FoldResult result = runFold(f + 1, fit, listener, cancel);
            if (result == null) {
                break;
            }
            results.add(result);
            listener.foldEnded(result);
        }
        // a fold left out was stopped: by the token, or by interrupting this thread
        return new CrossValidationResult(results, folds.count(), stratified, seed, results.size() < folds.count());
    }

    /** Fold {@code fold} (1-based), or null when it was cancelled. */
    private FoldResult runFold(int fold, FitSettings fit, CrossValidationListener listener,
                               CancellationToken cancel) {
        long started = System.nanoTime();
        DataSet foldTrain = train.subset(train.name() + "-fold-" + fold + "-train", folds.training(fold - 1),
                train.provenance());
        DataSet heldOut = train.subset(train.name() + "-fold-" + fold, folds.heldOut(fold - 1), train.provenance());
        FoldListener foldListener = new FoldListener(fold, listener);
        TrainingSession session = preparation.prepare(definition.withFit(fit), CallbackSettings.none(),
                TrainTestSets.of(foldTrain, heldOut), 0, (settings, samples) -> foldListener).session();
        listener.foldStarted(fold, folds.count(), foldTrain.size(), heldOut.size());
        if (cancel.isCancelled()) {
            return null;
        }
        Runnable forget = cancel.whenCancelled(session::stop);
        session.start();
        try {
            session.awaitCompletion();
        } catch (InterruptedException e) {
            session.stop();
            Thread.currentThread().interrupt();
            return null;
        } finally {
            forget.run();
        }
        if (foldListener.reason == TrainingListener.EndReason.FAILED) {
            throw new NeuriteException("Fold " + fold + ": " + foldListener.message);
        }
        if (cancel.isCancelled() || foldListener.reason == TrainingListener.EndReason.STOPPED) {
            return null;
        }
        List<EpochMetrics> history = session.history().epochs();
        EpochMetrics last = history.isEmpty() ? null : history.get(history.size() - 1);
        return new FoldResult(fold, foldTrain.size(), heldOut.size(), history,
                last == null ? Double.NaN : last.validationLoss(),
                last == null ? Double.NaN : last.validationAccuracy(), foldListener.reason,
                (System.nanoTime() - started) / 1e9);
    }

    /** Passes a fold's progress on with its number; called on the fold's training thread. */
    private static final class FoldListener implements TrainingListener {
        private final int fold;
        private final CrossValidationListener listener;
        private volatile EndReason reason = EndReason.COMPLETED;
        private volatile String message = "";

        FoldListener(int fold, CrossValidationListener listener) {
            this.fold = fold;
            this.listener = listener;
        }

        @Override
        public void batchEnded(BatchProgress progress) {
            listener.batchEnded(fold, progress);
        }

        @Override
        public void epochEnded(EpochMetrics metrics) {
            listener.epochEnded(fold, metrics);
        }

        @Override
        public void trainingEnded(EndReason endReason, String endMessage) {
            reason = endReason;
            message = endMessage;
        }
    }
}
