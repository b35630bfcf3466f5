package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * dL/d(kernel) and dL/d(bias) of a float {@code Conv2D} without its input gradient (the first convolution of a
 * model, where nothing upstream learns): the input's patches, gathered in Java as {@code [taps + 1, rows]} (one row
 * per tap {@code (ky, kx, channel)} in the kernel's HWIO order, one column per output position, and a last row of
 * ones), times dL/d(linear output) as {@code [rows, filters]}: one gemm gives the kernel gradient
 * {@code [taps, filters]} and, from the row of ones, the bias gradient. oneDNN's {@code conv2d_bp} always computes
 * the input gradient too and is slow on 1 input channel (measured on quick-cnn's first layer, 128x28x28x1 -> 32:
 * 9.4 ms a batch, as long as the second layer's with 32 times the work). Shapes as {@link ConvGeometry}.
 * Not thread-safe: it keeps its buffers between calls (one per layer).
 */
final class ConvWeightGradients {

    private float[] hostImage;
    private float[] hostPatches;
    private float[] hostResult;
    private INDArray patches;
    private INDArray result;

    /**
     * @param window         kernel size, strides, dilation and padding of the forward pass
     * @param input          the forward pass's input {@code [batch, h, w, channels]}
     * @param gradZ          dL/d(linear output) {@code [batch, outH, outW, filters]}
     * @param kernelGradient {@code [kh, kw, channels, filters]}, overwritten
     * @param biasGradient   {@code [filters]}, overwritten, or {@code null} without bias
     */
    void compute(Window2D window, INDArray input, INDArray gradZ, INDArray kernelGradient, INDArray biasGradient) {
        ConvGeometry g = ConvGeometry.of(input.shape(), gradZ.size(3), window);
        long rows = g.rows();
        int taps = g.taps();
        long patchLength = (taps + 1) * rows;
        if (patches == null || patches.length() != patchLength || result.size(1) != g.filters()) {
            hostPatches = new float[Math.toIntExact(patchLength)];
            java.util.Arrays.fill(hostPatches, Math.toIntExact(taps * rows), hostPatches.length, 1f);
            patches = Nd4j.createUninitialized(DataType.FLOAT, new long[]{taps + 1, rows}, 'c');
            result = Nd4j.createUninitialized(DataType.FLOAT, new long[]{taps + 1, g.filters()}, 'c');
        }
        hostImage = HostBuffers.floats(hostImage, Math.toIntExact(g.inputLength()));
        HostArrays.read(input, hostImage);
        gatherTransposed(g, hostImage, hostPatches);
        HostArrays.write(hostPatches, patches);
        Gemm.multiplyInParallel(patches, gradZ.reshape('c', rows, g.filters()), result);
        hostResult = HostBuffers.floats(hostResult, Math.toIntExact(result.length()));
        HostArrays.read(result, hostResult);
        int kernelLength = taps * g.filters();
        HostArrays.write(hostResult, 0, kernelGradient, 0, kernelLength);
        if (biasGradient != null) {
            float[] bias = java.util.Arrays.copyOfRange(hostResult, kernelLength, kernelLength + g.filters());
            HostArrays.write(bias, biasGradient);
        }
    }

    /**
     * Writes tap {@code t}'s values for every output position into row {@code t} of {@code patches}
     * ({@code [taps, rows]}, row-major), zero where the tap falls into the padding.
     */
    static void gatherTransposed(ConvGeometry g, float[] image, float[] patches) {
        int rows = Math.toIntExact(g.rows());
        int c = g.channels();
        int kw = g.window().width();
        int strideW = g.window().strideW();
        for (int ky = 0; ky < g.window().height(); ky++) {
            for (int kx = 0; kx < kw; kx++) {
                int offset = kx * g.window().dilationW() - g.padLeft();
                // output columns whose input column lies inside the image: first <= ox < last
                int first = Math.max(0, ceilDiv(-offset, strideW));
                int last = Math.min(g.outW(), Math.max(first, ceilDiv(g.inW() - offset, strideW)));
                for (int ci = 0; ci < c; ci++) {
                    int tapRow = ((ky * kw + kx) * c + ci) * rows;
                    for (int n = 0; n < g.batch(); n++) {
                        for (int oy = 0; oy < g.outH(); oy++) {
                            int dst = tapRow + (n * g.outH() + oy) * g.outW();
                            int iy = oy * g.window().strideH() - g.padTop() + ky * g.window().dilationH();
                            if (iy < 0 || iy >= g.inH()) {
                                java.util.Arrays.fill(patches, dst, dst + g.outW(), 0f);
                                continue;
                            }
                            java.util.Arrays.fill(patches, dst, dst + first, 0f);
                            java.util.Arrays.fill(patches, dst + last, dst + g.outW(), 0f);
                            int line = (n * g.inH() + iy) * g.inW() * c + ci;
                            if (c == 1 && strideW == 1) {
                                System.arraycopy(image, line + first + offset, patches, dst + first, last - first);
                            } else {
                                for (int ox = first; ox < last; ox++) {
                                    patches[dst + ox] = image[line + (ox * strideW + offset) * c];
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
