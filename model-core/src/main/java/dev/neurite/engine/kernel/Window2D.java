package dev.neurite.engine.kernel;

import dev.neurite.layers.Padding;

/**
 * The geometry of a 2-D sliding window (convolution kernel or pooling window) over NHWC images.
 *
 * @param height   window height (kh)
 * @param width    window width (kw)
 * @param strideH  vertical stride
 * @param strideW  horizontal stride
 * @param dilationH vertical dilation (1 for none)
 * @param dilationW horizontal dilation (1 for none)
 * @param padding  VALID or SAME
 */
public record Window2D(int height, int width, int strideH, int strideW, int dilationH, int dilationW,
                       Padding padding) {

    public Window2D {
        if (height < 1 || width < 1 || strideH < 1 || strideW < 1 || dilationH < 1 || dilationW < 1) {
            throw new IllegalArgumentException("Window sizes, strides and dilations must be >= 1; got " + height
                    + "x" + width + ", strides " + strideH + "x" + strideW + ", dilation " + dilationH + "x"
                    + dilationW);
        }
    }

    /** A window without dilation. */
    public static Window2D of(int height, int width, int strideH, int strideW, Padding padding) {
        return new Window2D(height, width, strideH, strideW, 1, 1, padding);
    }

    /** The output shape {@code [batch, outH, outW, channels]} for an NHWC input. */
    long[] outputShape(long[] input, long channels) {
        return new long[]{input[0],
                outputSize(input[1], height, strideH, dilationH),
                outputSize(input[2], width, strideW, dilationW),
                channels};
    }

    private long outputSize(long input, long kernel, long stride, long dilation) {
        long effectiveKernel = (kernel - 1) * dilation + 1;
        return padding == Padding.SAME
                ? (input + stride - 1) / stride
                : Math.max(0, (input - effectiveKernel) / stride + 1);
    }

    /**
     * libnd4j's integer arguments {@code kH, kW, sH, sW, pH, pW, dH, dW, paddingMode}; explicit padding is 0 because
     * SAME mode computes it.
     */
    int[] libnd4jArgs(int... extra) {
        int[] base = {height, width, strideH, strideW, 0, 0, dilationH, dilationW, padding == Padding.SAME ? 1 : 0};
        int[] all = new int[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }
}
