package dev.neurite.train.layerstats;

import java.util.List;
import java.util.Optional;

/**
 * One layer at the end of an epoch: its trainable weight tensors and, for a ReLU-activated layer, how many of its units
 * never fired on the probe batch. Immutable.
 *
 * @param layer              the layer's name
 * @param parameters         its trainable weight tensors in Keras's order (kernel, bias ...); may be empty (an
 *                           Activation layer)
 * @param reluUnits          the layer's units (Dense units or Conv2D filters, the last axis of its output) when its
 *                           activation is relu, else 0
 * @param neverFiredFraction the fraction of those units whose output was {@code <= 0} for every probe sample (and,
 *                           for Conv2D, at every position); NaN when the layer is not ReLU-activated
 */
public record LayerStatistics(String layer, List<ParameterStatistics> parameters, int reluUnits,
                              double neverFiredFraction) {

    public LayerStatistics {
        parameters = List.copyOf(parameters);
    }

    /** Whether the layer's output is a ReLU's (its never-fired fraction is known). */
    public boolean isRelu() {
        return reluUnits > 0;
    }

    /** Whether the layer has trainable weights. */
    public boolean hasWeights() {
        return !parameters.isEmpty();
    }

    /** The tensor that says most about the layer: its {@code kernel} (or {@code gamma}, else the first one). */
    public Optional<ParameterStatistics> main() {
        return parameters.stream().filter(p -> p.name().equals("kernel")).findFirst()
                .or(() -> parameters.stream().findFirst());
    }
}
