package dev.neurite.train;

import dev.neurite.train.layerstats.EpochLayerStatistics;
import dev.neurite.train.layerstats.LayerStatistics;
import dev.neurite.train.layerstats.ParameterStatistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@link Coach}'s rules on what happens inside the layers: dead ReLU units, vanishing gradients and exploding
 * gradients, read from the latest {@link EpochLayerStatistics}. Pure functions; thread-safe.
 */
final class LayerCoach {

    /** A ReLU layer with more than this fraction of never-fired units gets a note. */
    static final double DEAD_FRACTION = 0.5;
    /** The first layer's mean |gradient| below this share of the last layer's counts as vanishing. */
    static final double VANISHING_RATIO = 1e-3;
    /** A layer's mean |gradient| growing by more than this factor from one epoch to the next counts as exploding. */
    static final double EXPLODING_GROWTH = 100;

    private LayerCoach() {
    }

    /** The notes on the layers, most urgent first; empty without statistics. */
    static List<CoachNote> notes(List<EpochLayerStatistics> layerHistory) {
        List<CoachNote> notes = new ArrayList<>();
        if (layerHistory.isEmpty()) {
            return notes;
        }
        exploding(layerHistory).ifPresent(notes::add);
        deadRelu(layerHistory.get(layerHistory.size() - 1)).ifPresent(notes::add);
        vanishing(layerHistory.get(layerHistory.size() - 1)).ifPresent(notes::add);
        return notes;
    }

    static Optional<CoachNote> deadRelu(EpochLayerStatistics latest) {
        return latest.layers().stream().filter(LayerStatistics::isRelu)
                .filter(l -> l.neverFiredFraction() > DEAD_FRACTION)
                .max(Comparator.comparingDouble(LayerStatistics::neverFiredFraction))
                .map(worst -> new CoachNote(CoachNote.Pattern.DEAD_RELU, "Dead ReLU units",
                        String.format(Locale.ROOT, "%.0f%% of %s's %d units never fired in epoch %d (their output "
                                        + "was 0 for all %d probe samples): they no longer learn.",
                                100 * worst.neverFiredFraction(), worst.layer(), worst.reluUnits(), latest.epoch(),
                                latest.probeSamples()),
                        "Lower the learning rate, or use kernel_initializer he_normal for " + worst.layer()
                                + " (a large step can push a ReLU's inputs below 0 for good).",
                        CoachNote.Setting.LEARNING_RATE, latest.epoch()));
    }

    static Optional<CoachNote> vanishing(EpochLayerStatistics latest) {
        List<LayerStatistics> weighted = latest.weighted();
        if (weighted.size() < 2) {
            return Optional.empty();
        }
        LayerStatistics first = weighted.get(0);
        LayerStatistics last = weighted.get(weighted.size() - 1);
        double firstGradient = gradient(first);
        double lastGradient = gradient(last);
        if (!(lastGradient > 0) || !Double.isFinite(firstGradient)
                || !(firstGradient < VANISHING_RATIO * lastGradient)) {
            return Optional.empty();
        }
        return Optional.of(new CoachNote(CoachNote.Pattern.VANISHING_GRADIENTS, "Vanishing gradients",
                String.format(Locale.ROOT, "In epoch %d the gradients of %s (mean |g| %.1e) were %.0e times those of "
                                + "%s (%.1e): the first layers hardly learn.", latest.epoch(), first.layer(),
                        firstGradient, firstGradient / lastGradient, last.layer(), lastGradient),
                "Use relu activations with kernel_initializer he_normal, or add BatchNormalization between the "
                        + "layers; sigmoid and tanh in deep stacks shrink the gradients.",
                CoachNote.Setting.INITIALIZER, latest.epoch()));
    }

    static Optional<CoachNote> exploding(List<EpochLayerStatistics> layerHistory) {
        int n = layerHistory.size();
        if (n < 2) {
            return Optional.empty();
        }
        EpochLayerStatistics before = layerHistory.get(n - 2);
        EpochLayerStatistics now = layerHistory.get(n - 1);
        String worstLayer = null;
        double worstGrowth = EXPLODING_GROWTH;
        for (LayerStatistics layer : now.weighted()) {
            double previous = before.layer(layer.layer()).map(LayerCoach::gradient).orElse(Double.NaN);
            double growth = gradient(layer) / previous;
            if (previous > 0 && (growth > worstGrowth || Double.isInfinite(gradient(layer)))) {
                worstLayer = layer.layer();
                worstGrowth = growth;
            }
        }
        if (worstLayer == null) {
            return Optional.empty();
        }
        return Optional.of(new CoachNote(CoachNote.Pattern.EXPLODING_GRADIENTS, "Exploding gradients",
                String.format(Locale.ROOT, "The gradients of %s grew %.0f times from epoch %d to epoch %d.",
                        worstLayer, worstGrowth, before.epoch(), now.epoch()),
                "Lower the learning rate (try a tenth of it); BatchNormalization and scaled inputs also help.",
                CoachNote.Setting.LEARNING_RATE, now.epoch()));
    }

    /** The mean |gradient| of a layer's main tensor (its kernel), NaN when unknown. */
    private static double gradient(LayerStatistics layer) {
        return layer.main().map(ParameterStatistics::meanAbsGradient).orElse(Double.NaN);
    }
}
