package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * ReLU's backward pass on float arrays in Java: dL/d(output) masked where ReLU's output is zero, with one bulk copy
 * of each array ({@link HostArrays}) and one flat loop that HotSpot's C2 compiler vectorises. Measured on quick-cnn's
 * first layer (128x26x26x32 floats, BENCHMARKS.md, session 6): 1.3-1.8 ms where libnd4j's {@code relu_bp} took
 * 5-8 ms (and 1.8 ms on 128x11x11x64). The forward pass stays libnd4j's {@code relu} (0.4-0.7 ms there; through Java
 * arrays it took 1.3 ms). Arrays of one call have the same shape, any layout. Not thread-safe: one instance per
 * layer (it keeps its Java buffers), used by the thread that runs the network.
 */
final class HostRelu {

    /** 2^127 and 2^24: see {@link #mask}. */
    private static final float HUGE = 0x1p127f;
    private static final float LARGE = 0x1p24f;

    private float[] output;
    private float[] gradient;

    /** Writes dL/d(input) into {@code gradInput}, given ReLU's {@code output} and dL/d(output). */
    void backward(INDArray reluOutput, INDArray gradOutput, INDArray gradInput) {
        int length = Math.toIntExact(reluOutput.length());
        output = HostBuffers.floats(output, length);
        gradient = HostBuffers.floats(gradient, length);
        HostArrays.read(reluOutput, output);
        HostArrays.read(gradOutput, gradient);
        mask(gradient, output, gradient, length);
        HostArrays.write(gradient, gradInput);
    }

    /**
     * {@code sums[j]} = the sum of {@code values[i]} over {@code i % sums.length == j}, {@code i < length}: a Dense
     * layer's bias gradient (a few hundred columns; for a convolution's many rows {@link ChannelSums} is faster).
     */
    static void columnSums(float[] values, int length, float[] sums) {
        int width = sums.length;
        java.util.Arrays.fill(sums, 0f);
        for (int row = 0; row < length; row += width) {
            for (int j = 0; j < width; j++) {
                sums[j] += values[row + j];
            }
        }
    }

    /**
     * {@code result[i] = output[i] > 0 ? grad[i] : 0} for ReLU's output (never negative), without a branch, so that
     * C2 vectorises it (the conditional form compiles to a branch taken at random: 144 us against 7 on mnist-mlp's
     * 100x512, BENCHMARKS.md, session 10): {@code y * 2^127} is at least 1 for every positive normal float (infinite
     * for large ones), and the smallest subnormals reach 1 after a further {@code * 2^24}; the {@code + 0} turns a
     * masked {@code -0} into 0. {@code result} may be {@code grad}.
     */
    static void mask(float[] grad, float[] output, float[] result, int length) {
        for (int i = 0; i < length; i++) {
            result[i] = grad[i] * Math.min(Math.min(output[i] * HUGE, 1f) * LARGE, 1f) + 0f;
        }
    }
}
