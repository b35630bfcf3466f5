package dev.neurite.engine;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The number of CPU threads the engine's native code uses. The reliable control is {@code OMP_NUM_THREADS} read when
 * the native libraries load: {@link EngineEnvironment} sets it from {@code NEURITE_THREADS} together with
 * {@code OMP_WAIT_POLICY=PASSIVE} before they do. In process, {@link #set} lowers what can still be lowered:
 * OpenMP's thread count for the calling thread's parallel regions, libnd4j's master threads and OpenBLAS's pool
 * (libnd4j's {@code Environment.setMaxThreads} is a no-op in 1.0.0-M2.1). Thread-safe.
 */
public final class EngineThreads {

    /** The environment variable users set to choose the thread count; {@link EngineEnvironment} reads it too. */
    public static final String VARIABLE = EngineEnvironment.THREADS_VARIABLE;

    private static volatile int configured;

    private EngineThreads() {
    }

    /** Uses {@code threads} threads (at least 1) for native operations from now on. */
    public static synchronized void set(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1; got " + threads);
        }
        NativeVariant.selectBeforeLoading();
        configured = threads;
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
    }

    /**
     * Applies the count chosen with {@link #set} to the calling thread's OpenMP parallel regions (OpenMP keeps the
     * count per thread; training sessions call this on their own thread). Does nothing when none was chosen.
     */
    public static void applyToCurrentThread() {
        int threads = configured;
        if (threads > 0) {
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        }
    }

    /** The thread count from {@link #VARIABLE}, or {@code fallback} when unset or not a positive number. */
    public static int fromEnvironment(int fallback) {
        int threads = EngineEnvironment.positive(System.getenv(VARIABLE));
        return threads >= 1 ? threads : fallback;
    }

    /** The OpenMP threads of the calling thread's parallel regions. */
    public static int current() {
        NativeVariant.selectBeforeLoading();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }
}
