package dev.neurite.ui.inside;

import dev.neurite.engine.Network;
import dev.neurite.explain.Activations;

import java.util.List;
import java.util.Optional;

/**
 * Everything the panel shows for one input: every layer's output in graph order, drawn, plus the input itself.
 * Immutable.
 *
 * @param network     the network that computed it (for receptive fields and filters)
 * @param activations every layer's output
 * @param layers      the layers ready to draw, in graph order
 * @param input       the input as prediction took it (pixels in [0, 1])
 * @param askedAt     {@link System#nanoTime()} of the stroke end that asked for it
 */
public record InsideResult(Network network, Activations activations, List<LayerPicture> layers, float[] input,
                           long askedAt) {

    public InsideResult {
        layers = List.copyOf(layers);
        input = input.clone();
    }

    /** A copy of the input. */
    @Override
    public float[] input() {
        return input.clone();
    }

    /** The layer called {@code name}, if any. */
    public Optional<LayerPicture> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The class with the highest output. */
    public int predictedClass() {
        return activations.predictedClass();
    }
}
