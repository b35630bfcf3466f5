package dev.neurite.train.layerstats;

import java.util.List;
import java.util.Optional;

/**
 * Every layer's statistics at the end of one epoch, in the order the forward pass runs the layers (the input layer
 * excluded). Immutable.
 *
 * @param epoch           1-based epoch number, as {@link dev.neurite.train.EpochMetrics#epoch()}
 * @param layers          one entry per layer that has trainable weights or a ReLU output
 * @param probeSamples    the training samples the never-fired fractions were measured on (the first ones, in order)
 * @param gradientBatches the batches of the epoch whose gradients were sampled (evenly spaced, the last one included)
 */
public record EpochLayerStatistics(int epoch, List<LayerStatistics> layers, int probeSamples, int gradientBatches) {

    public EpochLayerStatistics {
        layers = List.copyOf(layers);
    }

    /** The statistics of layer {@code name}, if it has any. */
    public Optional<LayerStatistics> layer(String name) {
        return layers.stream().filter(l -> l.layer().equals(name)).findFirst();
    }

    /**
     * The statistics of the tensor {@code layer/name}.
     *
     * @throws IllegalArgumentException when no layer has that tensor
     */
    public ParameterStatistics parameter(String key) {
        return layers.stream().flatMap(l -> l.parameters().stream()).filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No trainable tensor '" + key + "'"));
    }

    /** The layers that have trainable weights, in forward order. */
    public List<LayerStatistics> weighted() {
        return layers.stream().filter(LayerStatistics::hasWeights).toList();
    }
}
