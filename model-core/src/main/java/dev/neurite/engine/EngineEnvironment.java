package dev.neurite.engine;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings the engine runs with, defined once here for every way Neurite starts (a source checkout's
 * {@code ./neurite}, the tests, the installed app on Linux, Windows and macOS) and applied inside the process before
 * ND4J's native libraries load: {@link #applyBeforeLoading()}, called by {@link NativeVariant#selectBeforeLoading()}
 * and by the app's warm-up. No launcher needs to set anything.
 *
 * <p>Environment variables, which the native libraries read once, when they load. They are put into the process's C
 * environment ({@link NativeEnvironment}) before that happens, which has the effect of a launcher setting them before
 * Java starts. A variable the user set is kept.
 * <ul>
 * <li>{@code OMP_NUM_THREADS} from {@code NEURITE_THREADS} (a positive number): the engine's CPU threads. OpenMP reads
 *     it for every thread it starts; {@link EngineThreads#set} lowers what can be lowered later.</li>
 * <li>{@code OMP_WAIT_POLICY=PASSIVE}: OpenMP threads spinning while OpenBLAS runs its own pool make small models
 *     3-5x slower (docs/engine.md: Threads). Read by libgomp, which the Linux and Windows builds of libnd4j carry
 *     (the macOS builds use no OpenMP).</li>
 * <li>{@code GOMP_SPINCOUNT=30000} with it (unless the user chose a wait policy): an OpenMP thread waits that many
 *     pause instructions (a fraction of a millisecond) for the next parallel region before it sleeps. A training step
 *     of a CNN runs one parallel region after another with short Java passes between them, and waking a thread that
 *     slept goes through the kernel (on a virtual machine, through the hypervisor): quick-cnn's epochs took 7.2-7.4 s
 *     with it, 8.0-8.1 without (BENCHMARKS.md, session 7). The gemms are oneDNN's, not OpenBLAS's, so the spinning
 *     does not meet OpenBLAS's pool.</li>
 * <li>{@code OPENBLAS_CORETYPE=SkylakeX} on CPUs with AVX-512 ({@link CpuFeatures}): OpenBLAS 0.3.19 does not
 *     recognise Zen 4/5 CPUs and falls back to its AVX2 kernels; the SkylakeX kernels are 1.5-1.7x faster for
 *     sgemm there. This matters only for what still reaches OpenBLAS: on libnd4j's oneDNN builds (the ones Neurite
 *     loads on x86-64) float gemms and convolutions, training's, are oneDNN's (BENCHMARKS.md, session 6), so it
 *     speeds up double-precision work (gradient checks) and builds without oneDNN.</li>
 * </ul>
 *
 * <p>JVM flags for the heap: ND4J frees native buffers only when the Java objects holding them are collected, and G1
 * otherwise lets the heap grow to ~1 GB while training. Periodic collections and a heap that shrinks after them kept
 * the peak resident memory of mnist-mlp training at 380 MB instead of 700 MB, at no cost in speed (measured). HotSpot
 * lets these flags change while it runs, so they are set here too; a value given on the command line (e.g. through
 * {@code NEURITE_JAVA_OPTS}) wins. G1 is the JVM's own choice on any machine with two cores and 2 GB.
 *
 * <p>A process that shows the desktop window collects every {@value #WINDOW_PERIODIC_GC_INTERVAL} ms instead
 * ({@link #applyForWindow()}): each periodic collection starts a concurrent cycle that marks the whole live heap, and
 * the window's (scene graph, fonts, charts, much more compiled code) makes each cycle cost about three times the
 * command line's (quick-cnn: the collector threads took 0.4-0.75 CPU s per 9-s epoch in the window against 0.1-0.2 on
 * the command line, on a 2-core machine where that CPU comes out of training). The command line keeps 1000 ms: 2000
 * ms there saved 0.1 CPU s an epoch but its peak resident memory grew by about 30 MB (quick-cnn, 2 epochs, medians of
 * 6 runs: 527 against 499 MB), and peak memory is one of the command line's benchmark figures.
 */
public final class EngineEnvironment {

    /** The variable users set to choose the engine's thread count. */
    public static final String THREADS_VARIABLE = "NEURITE_THREADS";
    /** The variables this class may set, in order. */
    static final List<String> VARIABLES = List.of("OMP_NUM_THREADS", "OMP_WAIT_POLICY", "GOMP_SPINCOUNT",
            "OPENBLAS_CORETYPE");
    /** The JVM flags, in the order they are set (each minimum before its maximum). */
    static final Map<String, String> JVM_FLAGS = jvmFlags();
    /** The periodic collections' interval (ms) in a process that shows the desktop window. */
    static final String WINDOW_PERIODIC_GC_INTERVAL = "2000";

    private static Applied applied;

    private EngineEnvironment() {
    }

    /**
     * What {@link #applyBeforeLoading()} did.
     *
     * @param settings each setting with its value, marked "(yours)" where the user's value was kept
     * @param problems what could not be applied (the engine still runs, perhaps slower)
     */
    public record Applied(List<String> settings, List<String> problems) {
    }

    /**
     * Applies the settings once per process; later calls return what the first did. Must run before ND4J loads to
     * have an effect on the environment variables.
     */
    public static synchronized Applied applyBeforeLoading() {
        if (applied == null) {
            List<String> settings = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, String> environment = System.getenv();
            variables(environment, CpuFeatures.detect()).forEach((name, value) -> {
                try {
                    NativeEnvironment.set(name, value);
                    settings.add(name + "=" + value);
                } catch (RuntimeException | LinkageError e) {
                    problems.add(name + "=" + value + " not set: " + e);
                }
            });
            for (String name : VARIABLES) {
                if (environment.containsKey(name)) {
                    settings.add(name + "=" + environment.get(name) + " (yours)");
                }
            }
            applyJvmFlags(settings, problems);
            applied = new Applied(List.copyOf(settings), List.copyOf(problems));
        }
        return applied;
    }

    /**
     * For a process that shows the desktop window: periodic collections every
     * {@value #WINDOW_PERIODIC_GC_INTERVAL} ms (see the class comment), unless the user gave the interval on the
     * command line. Any thread; calling it again changes nothing. Returns what it did, for a log.
     */
    public static synchronized String applyForWindow() {
        applyBeforeLoading();
        String flag = "G1PeriodicGCInterval";
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            VMOption option = hotspot.getVMOption(flag);
            if (givenByTheUser(option)) {
                return "-XX:" + flag + "=" + option.getValue() + " (yours)";
            }
            hotspot.setVMOption(flag, WINDOW_PERIODIC_GC_INTERVAL);
            return "-XX:" + flag + "=" + WINDOW_PERIODIC_GC_INTERVAL;
        } catch (RuntimeException | LinkageError e) {
            return "-XX:" + flag + "=" + WINDOW_PERIODIC_GC_INTERVAL + " not set: " + e;
        }
    }

    /** Whether {@code option} was given when the JVM started (command line, environment, flags file). */
    private static boolean givenByTheUser(VMOption option) {
        return option.getOrigin() == VMOption.Origin.VM_CREATION || option.getOrigin() == VMOption.Origin.ENVIRON_VAR
                || option.getOrigin() == VMOption.Origin.CONFIG_FILE;
    }

    /**
     * The environment variables to set for a process started with {@code environment} on a CPU with
     * {@code cpuFlags}: those of the class comment that the environment does not already have.
     */
    static Map<String, String> variables(Map<String, String> environment, Set<String> cpuFlags) {
        Map<String, String> variables = new LinkedHashMap<>();
        int threads = positive(environment.get(THREADS_VARIABLE));
        if (threads > 0) {
            variables.put("OMP_NUM_THREADS", Integer.toString(threads));
        }
        variables.put("OMP_WAIT_POLICY", "PASSIVE");
        if (!environment.containsKey("OMP_WAIT_POLICY")) {
            variables.put("GOMP_SPINCOUNT", "30000");
        }
        if (cpuFlags.containsAll(CpuFeatures.AVX2) && cpuFlags.containsAll(CpuFeatures.AVX512)) {
            variables.put("OPENBLAS_CORETYPE", "SkylakeX");
        }
        variables.keySet().removeIf(environment::containsKey);
        return variables;
    }

    /** A positive number, or 0 when {@code value} is missing or not one. */
    static int positive(String value) {
        try {
            int number = value == null ? 0 : Integer.parseInt(value.strip());
            return Math.max(number, 0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void applyJvmFlags(List<String> settings, List<String> problems) {
        HotSpotDiagnosticMXBean hotspot;
        try {
            hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        } catch (RuntimeException | LinkageError e) {
            hotspot = null;
        }
        if (hotspot == null) {
            problems.add("JVM flags not set: not a HotSpot JVM");
            return;
        }
        for (Map.Entry<String, String> flag : JVM_FLAGS.entrySet()) {
            try {
                VMOption option = hotspot.getVMOption(flag.getKey());
                boolean yours = option.getOrigin() != VMOption.Origin.DEFAULT
                        && option.getOrigin() != VMOption.Origin.ERGONOMIC;
                if (yours) {
                    settings.add("-XX:" + flag.getKey() + "=" + option.getValue() + " (yours)");
                } else {
                    hotspot.setVMOption(flag.getKey(), flag.getValue());
                    settings.add("-XX:" + flag.getKey() + "=" + flag.getValue());
                }
            } catch (RuntimeException e) {
                problems.add("-XX:" + flag.getKey() + "=" + flag.getValue() + " not set: " + e);
            }
        }
    }

    private static Map<String, String> jvmFlags() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("G1PeriodicGCInterval", "1000");
        flags.put("MinHeapFreeRatio", "10");
        flags.put("MaxHeapFreeRatio", "30");
        return Collections.unmodifiableMap(flags);
    }
}
