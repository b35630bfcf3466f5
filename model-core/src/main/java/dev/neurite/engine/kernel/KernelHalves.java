package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.FloatBuffer;

/**
 * A float Dense layer's products split along its kernel's rows (the input's columns) into two halves, one per thread
 * of a {@link ThreadPair}: the output as the sum of {@code x[:, half] . kernel[half, :]} over the two halves, the
 * kernel's gradient {@code kernel'[half, :] = x[:, half]^T . dZ}, the input gradient
 * {@code x'[:, half] = dZ . kernel[half, :]^T}. Each thread reads and writes only its rows of the kernel and of its
 * gradient; the optimizer then updates each half on the thread that computed its gradient (it splits large weights
 * at {@link ThreadPair#firstHalf} too). Half 0 always runs on the calling thread, so the same rows stay in the same
 * core's cache from one step to the next.
 *
 * <p>The two partial outputs are summed in Java: the output differs from the whole product by float rounding only.
 * Shapes: input {@code [rows, in]}, kernel {@code [in, units]}, output {@code [rows, units]}, all float, c-order.
 * Not thread-safe: one instance per layer, called from the training thread.
 */
final class KernelHalves {

    /** The smallest forward product, in floating-point operations, that is split: mnist-mlp's is 80 MFLOP. */
    static final double SPLIT_FLOPS = 2e7;
    /**
     * Products from this size on run whole on OpenMP's threads: split, m2-cnn's Dense after Flatten
     * ({@code [32, 3136] . [3136, 512]}, 103 MFLOP) took 0.75-0.95 ms forward and 1.3-1.4 backward, against 0.5 and
     * 0.95 whole on two threads (its halves wait for each other longer than their products last).
     */
    static final double WHOLE_FLOPS = 1e8;

    private final ThreadPair forwardPair = new ThreadPair();
    private final ThreadPair backwardPair = new ThreadPair();
    private final int[] from = new int[3];
    private final INDArray[] inputHalf = new INDArray[2];
    private final INDArray[] partial = new INDArray[2];
    private final INDArray[] inputGradientHalf = new INDArray[2];
    private final TransposedProduct[] transposed = {new TransposedProduct(), new TransposedProduct()};
    private final float[][] hostRows = new float[2][];
    private final float[][] hostPartial = new float[2][];
    private INDArray kernelOf;
    private INDArray gradientOf;
    private final INDArray[] kernelRows = new INDArray[2];
    private final INDArray[] gradientRows = new INDArray[2];

    /** Whether a float product {@code [rows, in] . [in, units]} is split: from SPLIT_FLOPS up to WHOLE_FLOPS. */
    static boolean pays(long rows, long in, long units) {
        double flops = 2.0 * rows * in * units;
        return in >= 2 && flops >= SPLIT_FLOPS && flops < WHOLE_FLOPS;
    }

    /**
     * {@code input . kernel} into a Java array, keeping each half's input columns (a c-order copy) for
     * {@link #backward}.
     *
     * @param input  {@code [rows, in]}, a contiguous float array
     * @param kernel {@code [in, units]}
     * @return the product, {@code rows * units} values in c-order; valid until the next call
     */
    float[] forward(INDArray input, INDArray kernel) {
        int rows = Math.toIntExact(input.size(0));
        int in = Math.toIntExact(input.size(1));
        int units = Math.toIntExact(kernel.size(1));
        from[1] = ThreadPair.firstHalf(in);
        from[2] = in;
        viewsOf(kernel, null);
        FloatBuffer source = HostArrays.floats(input);
        forwardPair.run(half -> {
            int width = from[half + 1] - from[half];
            inputHalf[half] = Buffers.reuse(inputHalf[half], DataType.FLOAT, rows, width);
            partial[half] = Buffers.reuse(partial[half], DataType.FLOAT, rows, units);
            float[] columns = hostRows[half] = HostBuffers.floats(hostRows[half], rows * width);
            int start = source.position();
            for (int r = 0; r < rows; r++) {
                source.get(start + r * in + from[half], columns, r * width, width);
            }
            HostArrays.write(columns, inputHalf[half]);
            Gemm.multiply(inputHalf[half], kernelRows[half], partial[half], false, false);
            hostPartial[half] = HostBuffers.floats(hostPartial[half], rows * units);
            HostArrays.read(partial[half], hostPartial[half]);
        });
        float[] sum = hostPartial[0];
        float[] other = hostPartial[1];
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other[i];
        }
        return sum;
    }

    /**
     * {@code kernelGradient = input^T . gradZ} for the input of the last {@link #forward}, and the input gradient.
     *
     * @param gradZ          {@code [rows, units]}, dL/d(output before the activation)
     * @param kernel         {@code [in, units]}
     * @param kernelGradient {@code [in, units]}, overwritten, each half by its own thread
     * @param inputGradient  {@code [rows, in]}, overwritten with {@code gradZ . kernel^T}; {@code null} for none
     */
    void backward(INDArray gradZ, INDArray kernel, INDArray kernelGradient, INDArray inputGradient) {
        viewsOf(kernel, kernelGradient);
        int rows = Math.toIntExact(gradZ.size(0));
        int in = from[2];
        FloatBuffer target = inputGradient == null ? null : HostArrays.floats(inputGradient);
        backwardPair.run(half -> {
            Gemm.multiply(inputHalf[half], gradZ, gradientRows[half], true, false);
            if (target == null) {
                return;
            }
            int width = from[half + 1] - from[half];
            INDArray result = inputGradientHalf[half] = Buffers.reuse(inputGradientHalf[half], DataType.FLOAT, rows,
                    width);
            if (TransposedProduct.pays(rows, width)) {
                transposed[half].multiply(gradZ, kernelRows[half], result);
            } else {
                Gemm.multiply(gradZ, kernelRows[half], result, false, true);
            }
            float[] columns = hostRows[half];
            HostArrays.read(result, columns);
            int start = target.position();
            for (int r = 0; r < rows; r++) {
                target.put(start + r * in + from[half], columns, r * width, width);
            }
        });
    }

    /** Row views of the kernel and of its gradient, made again when the arrays change. */
    private void viewsOf(INDArray kernel, INDArray gradient) {
        if (kernel != kernelOf) {
            kernelOf = kernel;
            rowsOf(kernel, kernelRows);
        }
        if (gradient != null && gradient != gradientOf) {
            gradientOf = gradient;
            rowsOf(gradient, gradientRows);
        }
    }

    private void rowsOf(INDArray array, INDArray[] halves) {
        for (int half = 0; half < 2; half++) {
            halves[half] = array.get(NDArrayIndex.interval(from[half], from[half + 1]), NDArrayIndex.all());
        }
    }
}
