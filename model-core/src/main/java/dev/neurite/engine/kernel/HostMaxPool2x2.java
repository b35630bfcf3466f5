package dev.neurite.engine.kernel;

import dev.neurite.engine.NativeVariant;
import dev.neurite.layers.Padding;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/**
 * Keras's default {@code MaxPooling2D} (2x2 windows, stride 2) on float NHWC arrays in Java, reading and writing
 * libnd4j's buffers in place, the batch split in halves over {@link ThreadPair}'s two threads. libnd4j's
 * {@code maxpool2d_bp} runs oneDNN's pooling forward again (to find each window's maximum) before its backward pass;
 * with oneDNN 2.3's AVX2 kernels on an AMD Zen 2, quick-cnn's first pooling (128x26x26x32) took 2.5 ms forward and
 * 6.6 + 4.8 ms backward a step, 40% of the step's oneDNN time; this takes 2.0 and 3.9 ms (BENCHMARKS.md, session 11).
 * On AVX-512 builds oneDNN's pooling measured 0.5 + 1.9 ms (Zen 5, session 10) and stays: {@link #PREFERRED}.
 *
 * <p>For finite values the arithmetic is libnd4j's to the bit: the maximum of each window, and in the backward pass
 * each window's gradient to its first maximal value in row-major order (as oneDNN's workspace records it), every
 * other input getting +0 (a NaN in a window gives NaN here, where oneDNN may skip it). The backward pass finds that
 * value again by comparing the window with the stored maximum, branch-free ({@code m - v} is +0 exactly where
 * {@code v == m}); a window whose maximum is infinite or NaN passes no gradient. With {@code relu} (the
 * convolution's ReLU moved behind this pooling, {@link ReluMaxPoolFusion}) the output is {@code max(m, 0)} and the
 * gradient is masked where it is zero.
 *
 * <p>Input {@code [batch, h, w, c]}, output {@code [batch, h / 2, w / 2, c]} (a VALID window drops an odd last row or
 * column, whose gradient is zero). Not thread-safe: one instance per layer, used by the thread that runs the network.
 */
final class HostMaxPool2x2 {

    /** Whether the loaded libnd4j build is one whose pooling this beats (all but the AVX-512 ones). */
    static final boolean PREFERRED = preferredFor(System.getProperty(NativeVariant.PROPERTY, ""));

    private final ThreadPair pair = new ThreadPair();

    /** For libnd4j's build with this extension (e.g. {@code -onednn-avx2}): see {@link #PREFERRED}. */
    static boolean preferredFor(String buildExtension) {
        return !buildExtension.endsWith("avx512");
    }

    /** Whether this pooling computes {@code window} over {@code input}: 2x2, stride 2, contiguous floats. */
    static boolean fits(Window2D window, INDArray input) {
        if (window.height() != 2 || window.width() != 2 || window.strideH() != 2 || window.strideW() != 2
                || window.dilationH() != 1 || window.dilationW() != 1 || input.rank() != 4
                || !HostArrays.direct(input) || input.length() > Integer.MAX_VALUE) {
            return false;
        }
        // SAME pads an odd size, where a padded cell could be a window's only cell; an even one it does not pad
        return window.padding() == Padding.VALID || input.size(1) % 2 == 0 && input.size(2) % 2 == 0;
    }

    /** {@code output} = each window's maximum ({@code max(m, 0)} with {@code relu}). */
    void forward(INDArray input, INDArray output, boolean relu) {
        Geometry g = new Geometry(input);
        FloatBuffer x = HostArrays.floats(input).slice();
        FloatBuffer y = HostArrays.floats(output).slice();
        inHalves(g.batch, (from, to) -> forward(g, x, y, from, to, relu));
    }

    /**
     * {@code gradInput} = dL/d(input), given this pooling's {@code input} and {@code output} of the forward pass and
     * dL/d(output); {@code relu} as in that pass.
     */
    void backward(INDArray input, INDArray output, INDArray gradOutput, INDArray gradInput, boolean relu) {
        Geometry g = new Geometry(input);
        INDArray gradient = HostArrays.direct(gradOutput) ? gradOutput : gradOutput.dup('c');
        FloatBuffer x = HostArrays.floats(input).slice();
        FloatBuffer y = HostArrays.floats(output).slice();
        FloatBuffer gy = HostArrays.floats(gradient).slice();
        FloatBuffer gx = HostArrays.floats(gradInput).slice();
        inHalves(g.batch, (from, to) -> backward(g, x, y, gy, gx, from, to, relu));
    }

    /** Runs {@code images} on the batch's two halves at once, one on each of {@link #pair}'s threads. */
    private void inHalves(int batch, Images images) {
        int half = ThreadPair.firstHalf(batch);
        pair.run(h -> images.run(h == 0 ? 0 : half, h == 0 ? half : batch));
    }

    /** Work on images {@code from} (inclusive) to {@code to} (exclusive) of a batch. */
    private interface Images {
        void run(int from, int to);
    }

    /** The windows of images {@code from} to {@code to}: their four cells per channel and their output. */
    private static void forward(Geometry g, FloatBuffer x, FloatBuffer y, int from, int to, boolean relu) {
        int c = g.channels;
        int row = g.width * c;
        float floor = relu ? 0f : Float.NEGATIVE_INFINITY;
        for (int window = from * g.windows; window < to * g.windows; window++) {
            int first = g.firstCell(window);
            int out = window * c;
            for (int k = 0; k < c; k++) {
                int i = first + k;
                float top = Math.max(x.get(i), x.get(i + c));
                float bottom = Math.max(x.get(i + row), x.get(i + row + c));
                y.put(out + k, Math.max(Math.max(top, bottom), floor));
            }
        }
    }

    private static void backward(Geometry g, FloatBuffer x, FloatBuffer y, FloatBuffer gy, FloatBuffer gx,
                                 int from, int to, boolean relu) {
        int c = g.channels;
        int row = g.width * c;
        int keepAll = relu ? 0 : -1;
        for (int window = from * g.windows; window < to * g.windows; window++) {
            int first = g.firstCell(window);
            int out = window * c;
            for (int k = 0; k < c; k++) {
                int i = first + k;
                float m = y.get(out + k);
                // all ones where the gradient passes: everywhere, or with ReLU where max(m, 0) is above 0
                int pass = keepAll | -Float.floatToRawIntBits(m) >> 31;
                int grad = Float.floatToRawIntBits(gy.get(out + k)) & pass;
                int topLeft = isMax(m, x.get(i));
                int topRight = isMax(m, x.get(i + c)) & ~topLeft;
                int taken = topLeft | topRight;
                int bottomLeft = isMax(m, x.get(i + row)) & ~taken;
                int bottomRight = isMax(m, x.get(i + row + c)) & ~(taken | bottomLeft);
                gx.put(i, Float.intBitsToFloat(grad & -topLeft));
                gx.put(i + c, Float.intBitsToFloat(grad & -topRight));
                gx.put(i + row, Float.intBitsToFloat(grad & -bottomLeft));
                gx.put(i + row + c, Float.intBitsToFloat(grad & -bottomRight));
            }
        }
        zeroUncovered(g, gx, from, to);
    }

    /** The gradient of an odd last row and column, which no VALID window covers, is zero. */
    private static void zeroUncovered(Geometry g, FloatBuffer gx, int from, int to) {
        int c = g.channels;
        int row = g.width * c;
        for (int n = from; n < to; n++) {
            int image = n * g.height * row;
            if (g.width % 2 == 1) {
                for (int h = 0; h < g.height; h++) {
                    zero(gx, image + h * row + (g.width - 1) * c, c);
                }
            }
            if (g.height % 2 == 1) {
                zero(gx, image + (g.height - 1) * row, row);
            }
        }
    }

    /**
     * 1 where {@code v} equals the window's maximum {@code m}, else 0: {@code m - v} is +0 then and otherwise above 0
     * ({@code v <= m}), infinite or NaN, whose bit patterns are all positive integers.
     */
    private static int isMax(float m, float v) {
        return (Float.floatToRawIntBits(m - v) - 1) >>> 31;
    }

    private static void zero(FloatBuffer buffer, int from, int length) {
        for (int i = from; i < from + length; i++) {
            buffer.put(i, 0f);
        }
    }

    /** The sizes of one call's input and output; windows are numbered as the output's cells, image by image. */
    private static final class Geometry {
        final int batch;
        final int height;
        final int width;
        final int channels;
        final int outWidth;
        /** Windows per image. */
        final int windows;

        Geometry(INDArray input) {
            batch = (int) input.size(0);
            height = (int) input.size(1);
            width = (int) input.size(2);
            channels = (int) input.size(3);
            outWidth = width / 2;
            windows = height / 2 * outWidth;
        }

        /** The input offset of a window's top-left cell (its first channel). */
        int firstCell(int window) {
            int n = window / windows;
            int inImage = window - n * windows;
            int oh = inImage / outWidth;
            int ow = inImage - oh * outWidth;
            return ((n * height + 2 * oh) * width + 2 * ow) * channels;
        }
    }
}
