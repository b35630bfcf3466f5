package dev.neurite.engine.kernel;

/**
 * The elementwise passes of a convolution with bias and ReLU over a row-major {@code [rows, filters]} float array
 * (the NHWC output of a batch), written so that HotSpot's C2 compiler vectorises them: each loop runs over blocks of
 * whole rows ({@code rowsPerBlock * filters} floats, about 1,024) instead of one short row at a time, and the ReLU
 * mask is computed without branches. Measured on quick-cnn's first layer (128x26x26x32 floats) a row at a time:
 * 1.45 ms for bias and ReLU, 1.0 ms for the column sums. Stateless; callable from any thread with arrays that
 * thread owns.
 */
final class FilterRows {

    /** About this many floats per block. */
    private static final int BLOCK = 1024;
    /** 2^127 and 2^24: see {@link #mask}. */
    private static final float HUGE = 0x1p127f;
    private static final float LARGE = 0x1p24f;

    private FilterRows() {
    }

    /**
     * {@code z[r][f] = relu?(z[r][f] + bias[f])} for the first {@code rows} rows.
     *
     * @param bias {@code [filters]} or {@code null}
     */
    static void addBiasRelu(float[] z, long rows, int filters, float[] bias, boolean relu) {
        int perBlock = Math.max(1, BLOCK / filters);
        int blockLength = perBlock * filters;
        float[] pattern = new float[blockLength];
        if (bias != null) {
            for (int i = 0; i < blockLength; i++) {
                pattern[i] = bias[i % filters];
            }
        }
        long length = rows * filters;
        int start = 0;
        for (; start + blockLength <= length; start += blockLength) {
            block(z, start, pattern, blockLength, relu);
        }
        block(z, start, pattern, (int) (length - start), relu);
    }

    private static void block(float[] z, int start, float[] pattern, int length, boolean relu) {
        if (relu) {
            for (int i = 0; i < length; i++) {
                z[start + i] = Math.max(z[start + i] + pattern[i], 0f);
            }
        } else {
            for (int i = 0; i < length; i++) {
                z[start + i] += pattern[i];
            }
        }
    }

    /**
     * ReLU's backward pass in place, {@code grad[i] = output[i] > 0 ? grad[i] : 0} for the first
     * {@code rows * filters} elements, where {@code output} is ReLU's output (never negative).
     */
    static void reluMask(float[] grad, float[] output, long rows, int filters) {
        int length = Math.toIntExact(rows * filters);
        for (int i = 0; i < length; i++) {
            grad[i] = grad[i] * mask(output[i]) + 0f; // + 0: a masked negative gradient is 0, not -0
        }
    }

    /**
     * 1 for {@code y > 0}, 0 for {@code y == 0}, without a branch: {@code y * 2^127} is at least 1 for every normal
     * positive float (and infinite for large ones); the smallest subnormals reach at least 1 after a further
     * {@code * 2^24}.
     */
    private static float mask(float y) {
        return Math.min(Math.min(y * HUGE, 1f) * LARGE, 1f);
    }

    /** {@code sums[f] = sum over the first rows of grad[r][f]}. */
    static void columnSums(float[] grad, long rows, int filters, float[] sums) {
        int perBlock = Math.max(1, BLOCK / filters);
        int blockLength = perBlock * filters;
        float[] partial = new float[blockLength];
        long length = rows * filters;
        int start = 0;
        for (; start + blockLength <= length; start += blockLength) {
            for (int i = 0; i < blockLength; i++) {
                partial[i] += grad[start + i];
            }
        }
        for (int i = 0; start + i < length; i++) {
            partial[i] += grad[start + i];
        }
        java.util.Arrays.fill(sums, 0, filters, 0f);
        for (int i = 0; i < blockLength; i++) {
            sums[i % filters] += partial[i];
        }
    }
}
