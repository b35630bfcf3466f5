package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * ReLU on float arrays in Java loops, keeping the last output in a Java array for the backward pass: one bulk copy
 * each way ({@link HostArrays}) and one flat loop that HotSpot's C2 compiler vectorises. Measured on quick-cnn's
 * layers (BENCHMARKS.md, session 6), libnd4j's {@code relu_bp} took 1.8 ms on 128x11x11x64 floats and 2.8-5 ms on
 * 128x26x26x32. Arrays of one call have the same shape and are dense float arrays or views of any layout.
 * Not thread-safe: one instance per layer, used by the thread that runs the network.
 */
final class HostRelu {

    /** 2^127 and 2^24: see {@link #mask}. */
    private static final float HUGE = 0x1p127f;
    private static final float LARGE = 0x1p24f;

    private float[] output;
    private float[] gradient;
    private int length;

    /** Writes {@code max(input, 0)} into {@code output} (which may be {@code input} itself) and keeps it. */
    void forward(INDArray input, INDArray result) {
        length = Math.toIntExact(input.length());
        output = HostArrays.read(input, HostArrays.atLeast(output, length));
        relu(output, length);
        HostArrays.write(output, result);
    }

    /** Writes dL/d(input) of the last {@link #forward} into {@code gradInput}, given dL/d(output). */
    void backward(INDArray gradOutput, INDArray gradInput) {
        gradient = HostArrays.read(gradOutput, HostArrays.atLeast(gradient, length));
        mask(gradient, output, length);
        HostArrays.write(gradient, gradInput);
    }

    static void relu(float[] values, int length) {
        for (int i = 0; i < length; i++) {
            values[i] = Math.max(values[i], 0f);
        }
    }

    /**
     * {@code grad[i] = output[i] > 0 ? grad[i] : 0} for ReLU's output (never negative), without a branch:
     * {@code y * 2^127} is at least 1 for every positive normal float (infinite for large ones), and the smallest
     * subnormals reach 1 after a further {@code * 2^24}; the {@code + 0} turns a masked {@code -0} into 0.
     */
    static void mask(float[] grad, float[] output, int length) {
        for (int i = 0; i < length; i++) {
            grad[i] = grad[i] * Math.min(Math.min(output[i] * HUGE, 1f) * LARGE, 1f) + 0f;
        }
    }
}
