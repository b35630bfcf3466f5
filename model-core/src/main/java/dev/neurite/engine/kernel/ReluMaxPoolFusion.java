package dev.neurite.engine.kernel;

/**
 * Moves the ReLU of a {@code Conv2D} layer behind the {@code MaxPooling2D} layer that alone consumes its output, for
 * training passes on float arrays. ReLU is monotonic, so the maximum of a window of ReLU outputs is ReLU of the
 * window's maximum, to the bit; the pooling applies ReLU to its output (a quarter of the convolution's size for 2x2
 * windows), and in the backward pass masks its incoming gradient where that output is zero before routing each value
 * to its window's maximum, which is then positive: the convolution receives ReLU's gradient and skips both of ReLU's
 * passes over its whole output (11 MB each, forward and backward, on quick-cnn's first layer). Inference passes
 * (predictions, every layer's output for the Layers view, saliency) are unchanged: there the convolution's output is
 * ReLU's, as the model says. Stateless.
 */
public final class ReluMaxPoolFusion {

    private ReluMaxPoolFusion() {
    }

    /**
     * Links every ReLU convolution whose only consumer is a max pooling (and which is not the model's output) to that
     * pooling. Called once by the engine when it assembles a network, before any pass.
     *
     * @param kernels    one per node in topological order ({@code null} for the input)
     * @param inputsOf   per node, the nodes it takes its inputs from
     * @param outputNode the model's output node
     * @return how many pairs were linked
     */
    public static int link(Kernel[] kernels, int[][] inputsOf, int outputNode) {
        int[] sole = SoleInputs.of(inputsOf, outputNode);
        int linked = 0;
        for (int node = 0; node < kernels.length; node++) {
            if (kernels[node] instanceof Pooling2DKernel pool && pool.isMax() && sole[node] >= 0
                    && kernels[sole[node]] instanceof Conv2DKernel conv && conv.appliesRelu()) {
                conv.deferReluToPooling();
                pool.applyReluOfConvolution();
                linked++;
            }
        }
        return linked;
    }
}
