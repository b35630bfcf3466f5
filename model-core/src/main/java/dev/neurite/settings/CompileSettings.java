package dev.neurite.settings;

import java.util.List;
import java.util.Set;

/**
 * What Keras's {@code model.compile(optimizer, loss, metrics)} takes.
 *
 * @param optimizer the optimizer with its arguments
 * @param loss      the loss
 * @param metrics   metric names; only {@code "accuracy"} is known
 */
public record CompileSettings(Optimizer optimizer, Loss loss, List<String> metrics) {

    /** The metrics Neurite computes. */
    public static final Set<String> KNOWN_METRICS = Set.of("accuracy");

    public CompileSettings {
        if (optimizer == null) {
            throw new SettingsException("optimizer", "must be given", "nothing");
        }
        if (loss == null) {
            throw new SettingsException("loss", "must be given", "nothing");
        }
        metrics = List.copyOf(metrics);
        for (String metric : metrics) {
            if (!KNOWN_METRICS.contains(metric)) {
                throw new SettingsException("metrics", "may only contain " + KNOWN_METRICS, metric);
            }
        }
    }

    /** RMSprop, categorical cross-entropy, accuracy: the MNIST tutorials' choice. */
    public static CompileSettings defaults() {
        return new CompileSettings(new Optimizer.RmsProp(), Loss.CATEGORICAL_CROSSENTROPY, List.of("accuracy"));
    }

    public CompileSettings withOptimizer(Optimizer newOptimizer) {
        return new CompileSettings(newOptimizer, loss, metrics);
    }

    public CompileSettings withLoss(Loss newLoss) {
        return new CompileSettings(optimizer, newLoss, metrics);
    }
}
