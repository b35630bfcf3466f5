package dev.neurite.train;

import dev.neurite.data.Sha256;
import dev.neurite.data.SourceFile;
import dev.neurite.model.ModelDefinition;
import dev.neurite.train.crossval.CrossValidationResult;
import dev.neurite.train.crossval.FoldResult;
import dev.neurite.train.layerstats.EpochLayerStatistics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One training run as it is remembered: the model and settings it started from (an immutable snapshot: the seed is
 * in {@code model.fit()}), the callbacks, the data, every epoch's metrics, how it ended, the test metrics and how
 * long it took. Immutable; {@code dev.neurite.format.RunRecordCodec} writes it to JSON for the project file.
 *
 * @param number       1-based number of the run in its project, shown as "Run 3"
 * @param started      when the run started
 * @param seconds      wall-clock duration in seconds, at least 0
 * @param model        the model definition as trained (graph, compile settings, fit settings with the seed)
 * @param callbacks    the optional callbacks that were on
 * @param datasetId    what the data was chosen as ({@code digits}, {@code fashion-mnist}, a path)
 * @param datasetHash  SHA-256 fingerprint of the data's source files ({@link #fingerprint}); empty if unknown
 * @param history      every epoch, oldest first
 * @param batchesPerEpoch batches in one epoch (to place the epochs on a batch axis), 0 if unknown
 * @param endReason    how the run ended
 * @param endMessage   the sentence shown when it ended
 * @param testLoss     loss on the test set after the run, NaN if not evaluated
 * @param testAccuracy accuracy on the test set after the run, NaN if not evaluated
 * @param crossValidation for a run of kind cross-validation: its folds and scores (then {@code history} is the
 *                     mean over the folds of each epoch's metrics); null for a training run
 * @param layers       the layers' statistics of each epoch, oldest first, for the Train place's Layers view; empty
 *                     when none were computed (cross-validations, runs of Neurite before they existed, the CLI)
 */
public record RunRecord(int number, Instant started, double seconds, ModelDefinition model,
                        CallbackSettings callbacks, String datasetId, String datasetHash, List<EpochMetrics> history,
                        int batchesPerEpoch, TrainingListener.EndReason endReason, String endMessage, double testLoss,
                        double testAccuracy, CrossValidationResult crossValidation,
                        List<EpochLayerStatistics> layers) {

    /** A training run (not a cross-validation). */
    public RunRecord(int number, Instant started, double seconds, ModelDefinition model, CallbackSettings callbacks,
                     String datasetId, String datasetHash, List<EpochMetrics> history, int batchesPerEpoch,
                     TrainingListener.EndReason endReason, String endMessage, double testLoss, double testAccuracy) {
        this(number, started, seconds, model, callbacks, datasetId, datasetHash, history, batchesPerEpoch, endReason,
                endMessage, testLoss, testAccuracy, null, List.of());
    }

    /** A run without layer statistics; {@code crossValidation} null for a training run. */
    public RunRecord(int number, Instant started, double seconds, ModelDefinition model, CallbackSettings callbacks,
                     String datasetId, String datasetHash, List<EpochMetrics> history, int batchesPerEpoch,
                     TrainingListener.EndReason endReason, String endMessage, double testLoss, double testAccuracy,
                     CrossValidationResult crossValidation) {
        this(number, started, seconds, model, callbacks, datasetId, datasetHash, history, batchesPerEpoch, endReason,
                endMessage, testLoss, testAccuracy, crossValidation, List.of());
    }

    /** The same run with the layers' statistics of its epochs. */
    public RunRecord withLayers(List<EpochLayerStatistics> epochs) {
        return new RunRecord(number, started, seconds, model, callbacks, datasetId, datasetHash, history,
                batchesPerEpoch, endReason, endMessage, testLoss, testAccuracy, crossValidation, epochs);
    }

    /**
     * A run of kind cross-validation: {@code result}'s folds, with the per-epoch mean of their metrics as the run's
     * history (its validation metrics are on the held-out folds) and no test metrics (the test set is not used).
     */
    public static RunRecord ofCrossValidation(int number, Instant started, double seconds, ModelDefinition model,
                                              String datasetId, String datasetHash, CrossValidationResult result) {
        TrainingListener.EndReason reason = result.cancelled() ? TrainingListener.EndReason.STOPPED
                : TrainingListener.EndReason.COMPLETED;
        return new RunRecord(number, started, seconds, model, CallbackSettings.none(), datasetId, datasetHash,
                meanHistory(result), 0, reason, result.summaryLine(), Double.NaN, Double.NaN, result);
    }

    /** Epoch by epoch, the mean of each metric over the folds that reached that epoch. */
    private static List<EpochMetrics> meanHistory(CrossValidationResult result) {
        List<EpochMetrics> mean = new java.util.ArrayList<>();
        int epochs = result.folds().stream().mapToInt(f -> f.history().size()).max().orElse(0);
        for (int e = 0; e < epochs; e++) {
            double[] sums = new double[7];
            int count = 0;
            for (FoldResult fold : result.folds()) {
                if (fold.history().size() > e) {
                    EpochMetrics m = fold.history().get(e);
                    double[] values = {m.loss(), m.accuracy(), m.validationLoss(), m.validationAccuracy(),
                        m.seconds(), m.samplesPerSecond(), m.learningRate()};
                    for (int i = 0; i < values.length; i++) {
                        sums[i] += values[i];
                    }
                    count++;
                }
            }
            mean.add(new EpochMetrics(e + 1, sums[0] / count, sums[1] / count, sums[2] / count, sums[3] / count,
                    sums[4] / count, sums[5] / count, sums[6] / count));
        }
        return mean;
    }

    /** Whether this run is a k-fold cross-validation rather than one training. */
    public boolean isCrossValidation() {
        return crossValidation != null;
    }

    public RunRecord {
        if (number < 1) {
            throw new IllegalArgumentException("Run number must be at least 1; got " + number);
        }
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(callbacks, "callbacks");
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(datasetHash, "datasetHash");
        Objects.requireNonNull(endReason, "endReason");
        Objects.requireNonNull(endMessage, "endMessage");
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("Run duration must be at least 0 seconds; got " + seconds);
        }
        if (batchesPerEpoch < 0) {
            throw new IllegalArgumentException("Batches per epoch must be at least 0; got " + batchesPerEpoch);
        }
        history = List.copyOf(history);
        layers = List.copyOf(layers);
    }

    /** "Run 3", or "Run 3 (5-fold cross-validation)". */
    public String title() {
        return "Run " + number + (crossValidation == null ? ""
                : " (" + crossValidation.k() + "-fold cross-validation)");
    }

    /** The seed of the run (initialisation, shuffling and dropout derive from it). */
    public long seed() {
        return model.fit().seed();
    }

    /** Whether the test set was evaluated after the run. */
    public boolean hasTestMetrics() {
        return !Double.isNaN(testLoss);
    }

    /** The last epoch's metrics, if any epoch completed. */
    public java.util.Optional<EpochMetrics> lastEpoch() {
        return history.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(history.get(history.size() - 1));
    }

    /**
     * One SHA-256 over the data's source files (their names are ignored, their hashes are taken in order), so two
     * runs on the same bytes share a fingerprint; empty when there are no files (data made in memory).
     */
    public static String fingerprint(List<SourceFile> files) {
        if (files.isEmpty()) {
            return "";
        }
        if (files.size() == 1) {
            return files.get(0).sha256();
        }
        StringBuilder joined = new StringBuilder();
        files.forEach(f -> joined.append(f.sha256()).append('\n'));
        return Sha256.of(joined.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
