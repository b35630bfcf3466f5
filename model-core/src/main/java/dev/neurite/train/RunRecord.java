package dev.neurite.train;

import dev.neurite.data.Sha256;
import dev.neurite.data.SourceFile;
import dev.neurite.model.ModelDefinition;

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
 */
public record RunRecord(int number, Instant started, double seconds, ModelDefinition model,
                        CallbackSettings callbacks, String datasetId, String datasetHash, List<EpochMetrics> history,
                        int batchesPerEpoch, TrainingListener.EndReason endReason, String endMessage, double testLoss,
                        double testAccuracy) {

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
    }

    /** "Run 3". */
    public String title() {
        return "Run " + number;
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
