package dev.neurite.graph;

import dev.neurite.layers.LayerConfig;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One layer in a {@link ModelGraph}: its unique name, its configuration and the names of the nodes it takes its
 * inputs from, in order (the order matters for Concatenate).
 *
 * @param name   unique in the graph; 1 to 64 letters, digits, '_', '-' and '.', starting with a letter or '_', without
 *               "..": what Keras accepts and what is safe as a file or archive entry name
 * @param layer  the layer's configuration
 * @param inputs the names of the nodes feeding this one, in order
 */
public record LayerNode(String name, LayerConfig layer, List<String> inputs) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,63}");

    public LayerNode {
        requireValidName(name);
        if (layer == null) {
            throw new GraphException("Layer '" + name + "' has no configuration.");
        }
        inputs = List.copyOf(inputs);
    }

    /** Throws unless {@code name} is a valid layer name. */
    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new GraphException("Layer names must be 1 to 64 letters, digits, '_', '-' or '.', start with a "
                    + "letter or '_' and not contain '..'; got "
                    + (name == null ? "nothing" : "'" + name + "'") + ".");
        }
        return name;
    }

    public LayerNode withLayer(LayerConfig newLayer) {
        return new LayerNode(name, newLayer, inputs);
    }

    public LayerNode withInputs(List<String> newInputs) {
        return new LayerNode(name, layer, newInputs);
    }
}
