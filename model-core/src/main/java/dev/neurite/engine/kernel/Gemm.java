package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * {@code c = op(a) . op(b)} with as many threads as its size pays for: a product under {@value #PARALLEL_FLOPS}
 * floating-point operations runs on the calling thread alone. Waking the engine's other OpenMP threads costs more than
 * such a product gains from them, and when the other cores are busy the product waits for a thread that cannot run:
 * measured on 128x1600 . 1600x10 (a Dense(10) layer after quick-cnn's convolutions) with two threads on a loaded
 * 2-core machine, median 144 us and 90th percentile 8 ms; on one thread 103 and 135 us. Larger products keep every
 * thread (MLP's 100x784 . 784x512: median 455 us on one thread, 300 on two, quiet machine).
 *
 * <p>Threading: OpenMP's thread count is per calling thread; it is set back before returning. Callable from any
 * thread with arrays that thread owns.
 */
final class Gemm {

    static final double PARALLEL_FLOPS = 8e6;

    private Gemm() {
    }

    /** {@code c = op(a) . op(b)}, {@code op} transposing when asked; {@code c} is {@code [m, n]}. */
    static void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
        double flops = 2.0 * c.size(0) * c.size(1) * (transposeA ? a.size(0) : a.size(1));
        if (flops >= PARALLEL_FLOPS) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
            return;
        }
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int threads = ops.ompGetMaxThreads();
        if (threads <= 1) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
            return;
        }
        ops.setOmpNumThreads(1);
        try {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        } finally {
            ops.setOmpNumThreads(threads);
        }
    }
}
