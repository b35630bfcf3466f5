package dev.neurite.engine.kernel;

import dev.neurite.layers.Padding;

/**
 * The sizes of one 2-D convolution over NHWC images: input {@code [batch, inH, inW, channels]}, output
 * {@code [batch, outH, outW, filters]}, and the zero padding before the first row and column (SAME: as TensorFlow,
 * the larger half of the padding after the image). The taps {@code (ky, kx, channel)} are numbered in the kernel's
 * HWIO order, so the kernel {@code [kh, kw, channels, filters]} is the matrix {@code [taps, filters]} as it lies in
 * memory. Immutable.
 *
 * @param batch     images
 * @param inH       input height
 * @param inW       input width
 * @param channels  input channels
 * @param outH      output height
 * @param outW      output width
 * @param filters   output channels
 * @param window    kernel size, strides, dilation, padding
 * @param padTop    zero rows above the image
 * @param padLeft   zero columns left of the image
 */
record ConvGeometry(int batch, int inH, int inW, int channels, int outH, int outW, int filters, Window2D window,
                    int padTop, int padLeft) {

    /** The geometry of {@code window} over an input of {@code inputShape} {@code [batch, h, w, channels]}. */
    static ConvGeometry of(long[] inputShape, long filters, Window2D window) {
        long[] out = window.outputShape(inputShape, filters);
        int padTop = 0;
        int padLeft = 0;
        if (window.padding() == Padding.SAME) {
            padTop = padBefore(inputShape[1], out[1], window.height(), window.strideH(), window.dilationH());
            padLeft = padBefore(inputShape[2], out[2], window.width(), window.strideW(), window.dilationW());
        }
        return new ConvGeometry(Math.toIntExact(inputShape[0]), Math.toIntExact(inputShape[1]),
                Math.toIntExact(inputShape[2]), Math.toIntExact(inputShape[3]), Math.toIntExact(out[1]),
                Math.toIntExact(out[2]), Math.toIntExact(filters), window, padTop, padLeft);
    }

    private static int padBefore(long in, long out, int kernel, int stride, int dilation) {
        long effective = (long) (kernel - 1) * dilation + 1;
        long total = Math.max((out - 1) * stride + effective - in, 0);
        return Math.toIntExact(total / 2);
    }

    /** Output positions, {@code batch * outH * outW}. */
    long rows() {
        return (long) batch * outH * outW;
    }

    /** Taps of the kernel: {@code kh * kw * channels}. */
    int taps() {
        return window.height() * window.width() * channels;
    }

    /** Elements of the input. */
    long inputLength() {
        return (long) batch * inH * inW * channels;
    }

}
