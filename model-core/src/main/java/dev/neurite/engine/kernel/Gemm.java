package dev.neurite.engine.kernel;

import dev.neurite.engine.NativeVariant;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOps;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * {@code c = op(a) . op(b)} with as many threads as its size pays for: a product under {@link #PARALLEL_FLOPS}
 * floating-point operations runs on the calling thread alone. On libnd4j's AVX-512 build that bound is 100 MFLOP
 * (every Dense layer of the lessons' MLPs): waking the engine's other OpenMP thread costs more than such a product
 * gains, and when the other core is busy (the window's JavaFX, renderer and JIT threads, or other programs) the
 * product waits for a thread that cannot run: measured on 128x1600 . 1600x10 with two threads on a loaded 2-core
 * machine, median 144 us but 8-18 ms at the 90th percentile, on one thread 103 and 135 us. mnist-mlp's 100x784 .
 * 784x512 takes 455 us on one thread and 300 on two when timed alone, yet the command line trains it as fast on one
 * (1.07-1.10 s an epoch either way, quiet; the Java update right after the gemm grows by what the gemm gains), and the
 * window keeps the command line's speed. On the other builds (AVX2 and older) the same gemm takes twice as long and a
 * second thread pays: mnist-mlp 1.35-1.50 s an epoch with two threads from 10 MFLOP, 1.59-1.90 with one (AVX2 build,
 * quiet, interleaved; BENCHMARKS.md, session 7).
 *
 * <p>Every product runs libnd4j's {@code matmul} through an op context kept per thread and per transposition, its
 * arguments set once: {@code Nd4j.gemm} builds an op and sets its arguments on each call, about 19 us of a small
 * product's time against 6-8 us so (measured on 4x4 products; a training step of mnist-mlp runs five products).
 *
 * <p>Threading: OpenMP's thread count is per calling thread; it is set back before returning. Callable from any
 * thread with arrays that thread owns.
 */
final class Gemm {

    /** Per thread: its op contexts for {@code matmul}, one per pair of transpositions. */
    private static final ThreadLocal<MatmulCalls> CALLS = ThreadLocal.withInitial(MatmulCalls::new);

    /** The smallest product, in floating-point operations, that runs on every thread (for the loaded build). */
    static final double PARALLEL_FLOPS = parallelFlops(System.getProperty(NativeVariant.PROPERTY, ""));

    private Gemm() {
    }

    /** The bound for libnd4j's build with this extension (e.g. {@code -onednn-avx512}): see the class comment. */
    static double parallelFlops(String buildExtension) {
        return buildExtension.endsWith("avx512") ? 1e8 : 1e7;
    }

    /**
     * {@code c = a . b} on every thread whatever its size, for products that sum over many rows into a small result
     * (a convolution's weight gradients over the input's patches, its bias gradient as a ones gemm): they stream their
     * operands from memory once, two cores stream them about twice as fast, and the small result leaves nothing in the
     * other core's cache for the code after it to fetch. Measured alone (AVX-512): quick-cnn's first-layer weight
     * gradient {@code [10, 86528] . [86528, 32]} 0.79 ms on one thread, 0.44 on two; a bias gradient
     * {@code [1, 6272] . [6272, 64]} 0.18 ms on one, 0.06 on two.
     */
    static void multiplyInParallel(INDArray a, INDArray b, INDArray c) {
        CALLS.get().run(a, b, c, false, false);
    }

    /** {@code c = op(a) . op(b)}, {@code op} transposing when asked; {@code c} is {@code [m, n]}. */
    static void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
        double flops = 2.0 * c.size(0) * c.size(1) * (transposeA ? a.size(0) : a.size(1));
        NativeOps ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        // a small product runs on this thread alone; the thread count to set back afterwards, 0 for none
        int restore = flops >= PARALLEL_FLOPS ? 0 : ops.ompGetMaxThreads();
        boolean alone = restore > 1;
        if (alone) {
            ops.setOmpNumThreads(1);
        }
        try {
            CALLS.get().run(a, b, c, transposeA, transposeB);
        } finally {
            if (alone) {
                ops.setOmpNumThreads(restore);
            }
        }
    }

    /** One thread's {@code matmul} contexts; the arrays change with every call, the arguments never. */
    private static final class MatmulCalls {
        private final DynamicCustomOp matmul = DynamicCustomOp.builder("matmul").build();
        private final OpContext[] contexts = new OpContext[4];

        void run(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
            int which = (transposeA ? 2 : 0) + (transposeB ? 1 : 0);
            OpContext context = contexts[which];
            if (context == null) {
                context = Nd4j.getExecutioner().buildContext();
                context.setIArguments(transposeA ? 1 : 0, transposeB ? 1 : 0, 0);
                context.setTArguments(1.0, 0.0);
                contexts[which] = context;
            }
            context.setInputArray(0, a);
            context.setInputArray(1, b);
            context.setOutputArray(0, c);
            Nd4j.getExecutioner().exec(matmul, context);
        }
    }
}
