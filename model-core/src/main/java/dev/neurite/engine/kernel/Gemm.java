package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * {@code c = op(a) . op(b)} with as many threads as its size pays for: a product under {@value #PARALLEL_FLOPS}
 * floating-point operations (every Dense layer of the lessons' MLPs) runs on the calling thread alone. Waking the
 * engine's other OpenMP thread costs more than such a product gains, and when the other core is busy (the window's
 * JavaFX, renderer and JIT threads, or other programs) the product waits for a thread that cannot run: measured on
 * 128x1600 . 1600x10 with two threads on a loaded 2-core machine, median 144 us but 8-18 ms at the 90th percentile,
 * on one thread 103 and 135 us. mnist-mlp's 100x784 . 784x512 takes 455 us on one thread and 300 on two when timed
 * alone, yet a whole training step was no faster on two (1.35-1.58 ms either way, quiet): the command line trains it
 * in the same time on one (1.016 against 1.030 s an epoch, quiet rounds) and the window, which runs its own threads
 * beside training, trains at the command line's speed (steady epochs 1.20 s against 1.40 s with two threads).
 *
 * <p>Threading: OpenMP's thread count is per calling thread; it is set back before returning. Callable from any
 * thread with arrays that thread owns.
 */
final class Gemm {

    static final double PARALLEL_FLOPS = 1e8;

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
