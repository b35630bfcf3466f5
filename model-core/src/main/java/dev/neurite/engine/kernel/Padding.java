package dev.neurite.engine.kernel;

/** Keras's {@code padding} argument of convolution and pooling layers. */
public enum Padding {
    /** No padding: the window stays inside the input. */
    VALID,
    /** Output size {@code ceil(input / stride)}, zeros (or ignored cells, for pooling) split as TensorFlow does. */
    SAME;

    /** The output length along one spatial axis. */
    public long outputSize(long input, long kernel, long stride, long dilation) {
        long effectiveKernel = (kernel - 1) * dilation + 1;
        return this == SAME
                ? (input + stride - 1) / stride
                : Math.max(0, (input - effectiveKernel) / stride + 1);
    }

    int libnd4jMode() {
        return this == SAME ? 1 : 0;
    }
}
