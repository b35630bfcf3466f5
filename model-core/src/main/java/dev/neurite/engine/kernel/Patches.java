package dev.neurite.engine.kernel;

/**
 * im2col and its adjoint for NHWC images in Java arrays. {@link #gather} writes the im2col matrix
 * {@code [rows, taps]} (row {@code (n, oy, ox)}, column {@code (ky, kx, c)}; see {@link ConvGeometry}) with zeros
 * where a tap falls into the padding; {@link #scatterAdd} sums such a matrix back onto the image, which is the input
 * gradient when the matrix is dL/d(patches). Strides and dilation of any size. Stateless; callable from any thread
 * with arrays that thread owns.
 */
final class Patches {

    /** Below this many floats a plain loop is cheaper than {@link System#arraycopy}. */
    private static final int SHORT = 24;

    private Patches() {
    }

    /**
     * Fills {@code cols[0, rows*taps)} with the patches of {@code image} ({@code [batch, inH, inW, channels]}).
     */
    static void gather(ConvGeometry g, float[] image, float[] cols) {
        int c = g.channels();
        int kw = g.window().width();
        boolean rowRuns = g.window().dilationW() == 1;
        int dst = 0;
        for (int n = 0; n < g.batch(); n++) {
            int imageStart = n * g.inH() * g.inW() * c;
            for (int oy = 0; oy < g.outH(); oy++) {
                int top = oy * g.window().strideH() - g.padTop();
                for (int ox = 0; ox < g.outW(); ox++) {
                    int left = ox * g.window().strideW() - g.padLeft();
                    for (int ky = 0; ky < g.window().height(); ky++) {
                        int iy = top + ky * g.window().dilationH();
                        if (iy < 0 || iy >= g.inH()) {
                            java.util.Arrays.fill(cols, dst, dst + kw * c, 0f);
                            dst += kw * c;
                            continue;
                        }
                        int lineStart = imageStart + iy * g.inW() * c;
                        if (rowRuns && left >= 0 && left + kw <= g.inW()) {
                            copy(image, lineStart + left * c, cols, dst, kw * c);
                            dst += kw * c;
                            continue;
                        }
                        for (int kx = 0; kx < kw; kx++) {
                            int ix = left + kx * g.window().dilationW();
                            if (ix < 0 || ix >= g.inW()) {
                                java.util.Arrays.fill(cols, dst, dst + c, 0f);
                            } else {
                                copy(image, lineStart + ix * c, cols, dst, c);
                            }
                            dst += c;
                        }
                    }
                }
            }
        }
    }

    /**
     * Sets {@code image[0, inputLength)} to the sum, over every patch, of {@code cols}'s row at the place the patch
     * was taken from (taps in the padding are dropped).
     */
    static void scatterAdd(ConvGeometry g, float[] cols, float[] image) {
        java.util.Arrays.fill(image, 0, Math.toIntExact(g.inputLength()), 0f);
        int c = g.channels();
        int kw = g.window().width();
        boolean rowRuns = g.window().dilationW() == 1;
        int src = 0;
        for (int n = 0; n < g.batch(); n++) {
            int imageStart = n * g.inH() * g.inW() * c;
            for (int oy = 0; oy < g.outH(); oy++) {
                int top = oy * g.window().strideH() - g.padTop();
                for (int ox = 0; ox < g.outW(); ox++) {
                    int left = ox * g.window().strideW() - g.padLeft();
                    for (int ky = 0; ky < g.window().height(); ky++) {
                        int iy = top + ky * g.window().dilationH();
                        if (iy < 0 || iy >= g.inH()) {
                            src += kw * c;
                            continue;
                        }
                        int lineStart = imageStart + iy * g.inW() * c;
                        if (rowRuns && left >= 0 && left + kw <= g.inW()) {
                            add(cols, src, image, lineStart + left * c, kw * c);
                            src += kw * c;
                            continue;
                        }
                        for (int kx = 0; kx < kw; kx++) {
                            int ix = left + kx * g.window().dilationW();
                            if (ix >= 0 && ix < g.inW()) {
                                add(cols, src, image, lineStart + ix * c, c);
                            }
                            src += c;
                        }
                    }
                }
            }
        }
    }

    private static void copy(float[] from, int fromIndex, float[] to, int toIndex, int length) {
        if (length >= SHORT) {
            System.arraycopy(from, fromIndex, to, toIndex, length);
        } else {
            for (int i = 0; i < length; i++) {
                to[toIndex + i] = from[fromIndex + i];
            }
        }
    }

    private static void add(float[] from, int fromIndex, float[] to, int toIndex, int length) {
        for (int i = 0; i < length; i++) {
            to[toIndex + i] += from[fromIndex + i];
        }
    }
}
