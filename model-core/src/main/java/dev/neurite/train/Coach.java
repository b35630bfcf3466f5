package dev.neurite.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads training curves and says, in a few sentences, when they show a known pattern and what to do about it:
 * divergence (a loss that becomes NaN or grows), overfitting (validation loss well above its best of several epochs
 * ago while the training loss falls), a loss that does not move, and a plateau; and, from the layers' statistics,
 * dead ReLU units and vanishing or exploding gradients ({@link LayerCoach}). Pure functions of the values given;
 * thread-safe.
 *
 * <p>The thresholds are deliberately conservative: a note a learner acts on should be right.
 */
public final class Coach {

    /** Epochs since the validation loss's best that count as overfitting (with the rise below). */
    public static final int OVERFITTING_EPOCHS = 3;
    /** How far above its best the validation loss must be: a tenth. */
    public static final double OVERFITTING_RISE = 0.1;
    /** Epochs without a 1% improvement that count as a plateau. */
    public static final int PLATEAU_EPOCHS = 3;
    /** Batches needed before a flat loss within the first epoch counts as "not learning". */
    public static final int FLAT_BATCHES = 60;
    private static final double FLAT_CHANGE = 0.01;

    private Coach() {
    }

    /**
     * The notes for a run so far, most urgent first.
     *
     * @param history     the completed epochs, oldest first
     * @param batchLosses the loss of each batch of the run so far, oldest first (may be empty)
     */
    public static List<CoachNote> notes(List<EpochMetrics> history, List<Double> batchLosses) {
        return notes(history, batchLosses, null);
    }

    /**
     * The notes for a run so far, most urgent first.
     *
     * @param history      the completed epochs, oldest first
     * @param batchLosses  the loss of each batch of the run so far, oldest first (may be empty)
     * @param lossMismatch why the run's loss does not fit its output layer (see
     *                     {@code TrainingChecks.outputLossMismatch}), or null when it fits: a loss that does not
     *                     move is then blamed on the loss rather than the learning rate
     */
    public static List<CoachNote> notes(List<EpochMetrics> history, List<Double> batchLosses, String lossMismatch) {
        return notes(history, batchLosses, lossMismatch, List.of());
    }

    /**
     * The notes for a run so far, most urgent first: the curves' notes as {@link #notes(List, List, String)}, then
     * what the layers show (an exploding gradient, a ReLU layer most of whose units never fire, vanishing gradients).
     *
     * @param layerHistory the layer statistics of the completed epochs, oldest first (may be empty)
     */
    public static List<CoachNote> notes(List<EpochMetrics> history, List<Double> batchLosses, String lossMismatch,
                                        List<EpochLayerStatistics> layerHistory) {
        List<CoachNote> notes = curveNotes(history, batchLosses, lossMismatch);
        notes.addAll(LayerCoach.notes(layerHistory));
        return notes;
    }

    private static List<CoachNote> curveNotes(List<EpochMetrics> history, List<Double> batchLosses,
                                              String lossMismatch) {
        List<CoachNote> notes = new ArrayList<>();
        CoachNote divergence = divergence(history, batchLosses);
        if (divergence != null) {
            notes.add(divergence);
            return notes;
        }
        CoachNote notLearning = notLearning(history, batchLosses, lossMismatch);
        if (notLearning != null) {
            notes.add(notLearning);
            return notes;
        }
        CoachNote overfitting = overfitting(history);
        if (overfitting != null) {
            notes.add(overfitting);
        } else {
            CoachNote plateau = plateau(history);
            if (plateau != null) {
                notes.add(plateau);
            }
        }
        return notes;
    }

    static CoachNote divergence(List<EpochMetrics> history, List<Double> batchLosses) {
        boolean nonFinite = batchLosses.stream().anyMatch(l -> !Double.isFinite(l))
                || history.stream().anyMatch(e -> !Double.isFinite(e.loss()));
        String seen;
        int from = 0;
        if (nonFinite) {
            seen = "The loss became NaN or infinite: the weights grew out of range.";
        } else if (history.size() >= 2 && history.get(history.size() - 1).loss() > 1.5 * minLoss(history)
                && history.get(history.size() - 1).loss() > history.get(history.size() - 2).loss()) {
            from = history.size();
            seen = String.format(Locale.ROOT, "The training loss grew to %.4f, well above its best of %.4f.",
                    history.get(history.size() - 1).loss(), minLoss(history));
        } else {
            return null;
        }
        return new CoachNote(CoachNote.Pattern.DIVERGENCE, "Training diverges", seen,
                "Lower the learning rate (try a tenth of it). Scaled inputs (Rescaling 1/255) and BatchNormalization "
                        + "also help.", CoachNote.Setting.LEARNING_RATE, from);
    }

    static CoachNote notLearning(List<EpochMetrics> history, List<Double> batchLosses, String lossMismatch) {
        String seen;
        if (history.size() >= 2) {
            double first = history.get(0).loss();
            double last = history.get(history.size() - 1).loss();
            if (Math.abs(first - last) > FLAT_CHANGE * Math.abs(first)) {
                return null;
            }
            seen = String.format(Locale.ROOT, "The training loss stayed at %.4f for %d epochs.", last,
                    history.size());
        } else if (history.isEmpty() && batchLosses.size() >= FLAT_BATCHES) {
            int window = FLAT_BATCHES / 3;
            double start = mean(batchLosses.subList(0, window));
            double end = mean(batchLosses.subList(batchLosses.size() - window, batchLosses.size()));
            if (Math.abs(start - end) > FLAT_CHANGE * Math.abs(start)) {
                return null;
            }
            seen = String.format(Locale.ROOT, "The loss has not moved from %.4f over %d batches.", end,
                    batchLosses.size());
        } else {
            return null;
        }
        if (lossMismatch != null) {
            return new CoachNote(CoachNote.Pattern.NOT_LEARNING, "The loss does not fit the output", seen,
                    lossMismatch + " Change the loss in Compile & fit, or the last layer's activation.",
                    CoachNote.Setting.LOSS, 1);
        }
        return new CoachNote(CoachNote.Pattern.NOT_LEARNING, "The loss does not move", seen,
                "Check the learning rate (too small learns nothing, too large jumps around) and that the loss fits "
                        + "the output: categorical_crossentropy wants a softmax output with one unit per class.",
                CoachNote.Setting.LEARNING_RATE, 1);
    }

    /**
     * Overfitting: the validation loss's best epoch lies {@link #OVERFITTING_EPOCHS} or more epochs back, the
     * validation loss is now at least {@link #OVERFITTING_RISE} above that best, and the training loss has kept
     * falling (by a tenth or more) since. Noise around a flat validation loss is not flagged; a validation loss that
     * rises in a zigzag is.
     */
    static CoachNote overfitting(List<EpochMetrics> history) {
        int n = history.size();
        if (n < OVERFITTING_EPOCHS + 1 || !history.get(n - 1).hasValidation()) {
            return null;
        }
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (history.get(i).validationLoss() < history.get(best).validationLoss()) {
                best = i;
            }
        }
        EpochMetrics atBest = history.get(best);
        EpochMetrics last = history.get(n - 1);
        if (n - 1 - best < OVERFITTING_EPOCHS || !(last.validationLoss() >= (1 + OVERFITTING_RISE)
                * atBest.validationLoss()) || !(last.loss() <= 0.9 * atBest.loss())) {
            return null;
        }
        int from = best + 1;
        return new CoachNote(CoachNote.Pattern.OVERFITTING, "Overfitting", String.format(Locale.ROOT,
                "Since epoch %d the validation loss rose from its best, %.4f, to %.4f while the training loss fell "
                        + "from %.4f to %.4f: the model is memorising the training images.", from,
                atBest.validationLoss(), last.validationLoss(), atBest.loss(), last.loss()),
                "Add Dropout (e.g. 0.5 before the last Dense) or an L2 kernel_regularizer, train on more images, or "
                        + "stop earlier: turn on EarlyStopping on val_loss with restore_best_weights.",
                CoachNote.Setting.EARLY_STOPPING, from);
    }

    static CoachNote plateau(List<EpochMetrics> history) {
        int n = history.size();
        if (n < PLATEAU_EPOCHS + 1) {
            return null;
        }
        boolean validation = history.get(n - 1).hasValidation();
        double bestBefore = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n - PLATEAU_EPOCHS; i++) {
            bestBefore = Math.min(bestBefore, watched(history.get(i), validation));
        }
        for (int i = n - PLATEAU_EPOCHS; i < n; i++) {
            if (watched(history.get(i), validation) < bestBefore * (1 - FLAT_CHANGE)) {
                return null;
            }
        }
        int from = n - PLATEAU_EPOCHS + 1;
        return new CoachNote(CoachNote.Pattern.PLATEAU, "Plateau", String.format(Locale.ROOT,
                "The %s has not improved by 1%% since epoch %d (best %.4f).",
                validation ? "validation loss" : "training loss", from - 1, bestBefore),
                "Reduce the learning rate: turn on ReduceLROnPlateau, or lower learning_rate and train more epochs.",
                CoachNote.Setting.REDUCE_LEARNING_RATE, from);
    }

    private static double watched(EpochMetrics epoch, boolean validation) {
        return validation ? epoch.validationLoss() : epoch.loss();
    }

    private static double minLoss(List<EpochMetrics> history) {
        return history.stream().mapToDouble(EpochMetrics::loss).min().orElse(Double.NaN);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
