package dev.neurite.layers;

/** Output lengths of sliding windows (convolution and pooling), as Keras computes them. */
final class Windows {

    private Windows() {
    }

    /**
     * The output length along one axis; zero or negative when the window does not fit.
     *
     * @param input    input length
     * @param window   kernel or pool size
     * @param stride   step between windows
     * @param dilation spacing between kernel taps (1 for pooling)
     */
    static int outputLength(int input, int window, int stride, int dilation, Padding padding) {
        if (padding == Padding.SAME) {
            return (int) ((input + (long) stride - 1) / stride);
        }
        long effective = (window - 1L) * dilation + 1;
        if (input < effective) {
            return 0;
        }
        return (int) ((input - effective) / stride + 1);
    }
}
