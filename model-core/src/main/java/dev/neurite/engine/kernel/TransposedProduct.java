package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@code c = a . b^T} for float arrays where {@code a} has far fewer rows than {@code b}, as a Dense layer's input
 * gradient is: dL/d(output) {@code [batch, units]} times the kernel {@code [in, units]} transposed, with a small batch
 * and a wide input. oneDNN's gemm is slow on that shape with {@code b} transposed (it repacks all of {@code b}, the
 * whole kernel, for each product): m2-cnn's {@code [32, 512] . [3136, 512]^T} took 1.0-1.1 ms. This class computes
 * {@code c^T = b . a^T} instead, which reads {@code b} in its own layout (0.33-0.36 ms), and transposes the
 * {@code [in, batch]} result into {@code c} in Java (0.1 ms): 0.42-0.45 ms in all (measured alone, 2 threads,
 * AVX-512). On wider batches the two orders cost the same or the direct one wins ({@code [100, 512] . [512, 512]^T}:
 * 0.29 ms direct, 0.30 transposed), hence {@link #pays}.
 *
 * <p>Not thread-safe: it keeps its buffers between calls (one instance per layer).
 */
final class TransposedProduct {

    /** {@code b} must have at least this many times {@code a}'s rows for the transposed order to pay. */
    static final int ROWS_RATIO = 16;
    private static final int TILE = 16;

    private INDArray resultTransposed;
    private float[] hostTransposed;
    private float[] hostResult;

    /** Whether {@link #multiply} computes {@code [aRows, k] . [bRows, k]^T} faster than a direct gemm. */
    static boolean pays(long aRows, long bRows) {
        return bRows >= ROWS_RATIO * aRows;
    }

    /**
     * {@code c = a . b^T}.
     *
     * @param a {@code [m, k]} float
     * @param b {@code [n, k]} float
     * @param c {@code [m, n]} float, c-order, overwritten
     */
    void multiply(INDArray a, INDArray b, INDArray c) {
        int m = Math.toIntExact(a.size(0));
        int n = Math.toIntExact(b.size(0));
        resultTransposed = Buffers.reuse(resultTransposed, DataType.FLOAT, n, m);
        Gemm.multiply(b, a, resultTransposed, false, true);
        int length = m * n;
        hostTransposed = HostBuffers.floats(hostTransposed, length);
        hostResult = HostBuffers.floats(hostResult, length);
        HostArrays.read(resultTransposed, hostTransposed);
        transpose(hostTransposed, n, m, hostResult);
        HostArrays.write(hostResult, c);
    }

    /** Writes the transpose of {@code source} ({@code [rows, columns]}, row-major) into {@code target}. */
    static void transpose(float[] source, int rows, int columns, float[] target) {
        for (int r0 = 0; r0 < rows; r0 += TILE) {
            int r1 = Math.min(rows, r0 + TILE);
            for (int c0 = 0; c0 < columns; c0 += TILE) {
                int c1 = Math.min(columns, c0 + TILE);
                for (int r = r0; r < r1; r++) {
                    for (int c = c0; c < c1; c++) {
                        target[c * rows + r] = source[r * columns + c];
                    }
                }
            }
        }
    }
}
