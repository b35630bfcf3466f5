package dev.neurite.settings;

import java.util.List;
import java.util.Objects;

/**
 * Keras's {@code model.compile(optimizer, loss, metrics)}.
 *
 * @param optimizer the optimizer and its hyperparameters
 * @param loss      the loss function
 * @param metrics   metric names; {@code "accuracy"} is the one the engine computes
 */
public record CompileSettings(Optimizer optimizer, Loss loss, List<String> metrics) {

    public CompileSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(loss, "loss");
        metrics = List.copyOf(metrics);
    }

    /** The optimizer and loss with the {@code accuracy} metric. */
    public static CompileSettings of(Optimizer optimizer, Loss loss) {
        return new CompileSettings(optimizer, loss, List.of("accuracy"));
    }

    public CompileSettings withOptimizer(Optimizer newOptimizer) {
        return new CompileSettings(newOptimizer, loss, metrics);
    }
}
