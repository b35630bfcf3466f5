package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * The executable form of one layer: a forward and a backward pass over a batch.
 *
 * <p>Arrays have the batch dimension first and images are channels-last (NHWC). The array returned by
 * {@link #forward} and the arrays returned by {@link #backward} belong to the kernel: they are reused by the next call
 * with the same batch size, so callers must finish with them before calling again. A kernel keeps references to the
 * inputs of its last forward pass for its backward pass; callers must not change them in between.
 *
 * <p>Not thread-safe: one thread runs a network's kernels.
 */
public interface Kernel {

    /**
     * Computes the layer's output.
     *
     * @param inputs   one array per input of the layer, each {@code [batch, ...inputShape]}
     * @param training whether this is a training pass (dropout active, batch statistics used and recorded)
     * @return {@code [batch, ...outputShape]}
     */
    INDArray forward(List<INDArray> inputs, boolean training);

    /**
     * Computes the gradients of the loss with respect to the inputs of the last forward pass and writes the gradients
     * of this layer's trainable weights into their {@link Parameter#gradient()} buffers (overwriting them).
     *
     * @param gradientOfOutput dL/d(output), same shape as the last output
     * @return dL/d(input), one per input, same shapes as the inputs
     */
    List<INDArray> backward(INDArray gradientOfOutput);

    /**
     * As {@link #backward}, but always returns the gradient with respect to every input, also where training would
     * skip it because nothing upstream learns (the gradient of a class score with respect to the input pixels).
     */
    default List<INDArray> backwardToInput(INDArray gradientOfOutput) {
        return backward(gradientOfOutput);
    }

    /** The layer's weights in Keras's order; empty for layers without weights. */
    default List<Parameter> parameters() {
        return List.of();
    }

    /** The given weights in order, leaving out the absent ones ({@code null}, e.g. {@code use_bias=False}). */
    static List<Parameter> present(Parameter... weights) {
        List<Parameter> all = new java.util.ArrayList<>();
        for (Parameter weight : weights) {
            if (weight != null) {
                all.add(weight);
            }
        }
        return List.copyOf(all);
    }
}
