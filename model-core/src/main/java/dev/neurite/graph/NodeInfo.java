package dev.neurite.graph;

import dev.neurite.layers.ParameterCount;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.WeightSpec;

import java.util.List;

/**
 * What analysis found for one node.
 *
 * @param node        the node
 * @param inputShapes the shapes of its inputs, in order; empty when any is unknown
 * @param outputShape its output shape, or null when it cannot be computed (a problem here or upstream)
 * @param weights     the weights it creates, empty when the output shape is unknown
 * @param parameters  its parameter count
 */
public record NodeInfo(LayerNode node, List<TensorShape> inputShapes, TensorShape outputShape,
                       List<WeightSpec> weights, ParameterCount parameters) {

    public NodeInfo {
        inputShapes = List.copyOf(inputShapes);
        weights = List.copyOf(weights);
    }

    public String name() {
        return node.name();
    }

    public boolean hasShape() {
        return outputShape != null;
    }
}
