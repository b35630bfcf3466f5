package dev.neurite.engine.kernel;

/**
 * Leaves a {@code ZeroPadding2D} layer's zeros to the {@code Conv2D} layer that alone consumes it, in training passes
 * on float arrays: Keras lessons write "same" convolutions as {@code ZeroPadding2D(1)} before a 3x3 {@code "valid"}
 * one (m2-cnn does so four times). A symmetric padding of {@code (k - 1) / 2} before a stride-1, undilated,
 * {@code "valid"} convolution with an odd {@code k x k} kernel is that convolution with {@code "same"} padding, zero
 * for zero; the padding layer then passes its input through and its gradient back, and the convolution pads inside
 * libnd4j's {@code conv2d}. Gone: the padded copy of the layer's input and the crop of its gradient (m2-cnn: 0.1-0.2
 * ms each per layer and batch), and oneDNN reorders the smaller unpadded image. Inference passes (predictions, every
 * layer's output for the Layers view, saliency) are unchanged: there the padding layer's output is padded, as the
 * model says. Stateless.
 */
public final class ZeroPaddingConvFusion {

    private ZeroPaddingConvFusion() {
    }

    /**
     * Links every zero padding whose only consumer is a convolution it can leave its zeros to (see the class comment),
     * and which is not the model's output. Called once by the engine when it assembles a network, before any pass.
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
            if (kernels[node] instanceof Conv2DKernel conv && sole[node] >= 0
                    && kernels[sole[node]] instanceof ZeroPadding2DKernel padding
                    && padding.equalsSamePaddingOf(conv.window())) {
                padding.passThroughInTraining();
                conv.padInTraining();
                linked++;
            }
        }
        return linked;
    }
}
