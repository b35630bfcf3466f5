package dev.neurite.ui.train;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU each kind of thread of this process used per epoch, for comparing the window with the command line on
 * the same epochs: {@code training} (the session's thread and the OpenMP workers it starts, which inherit its name),
 * {@code jit} (C1/C2 compiler threads), {@code gc} (collector and VM threads), {@code fx} (the JavaFX application
 * thread), {@code render} (QuantumRenderer), {@code other}. Read from {@code /proc} through {@link ThreadCpuTimes}
 * (10 ms ticks); a thread that ends between two marks loses its share since the earlier one.
 *
 * <p>Threads: {@link #mark} may be called on any one thread at a time (the JavaFX thread in the window, the training
 * thread in the command line's measurement).
 */
final class EpochCpu {

    /** The kinds, in the order they are printed. */
    static final String[] KINDS = {"training", "jit", "gc", "fx", "render", "other"};

    private ThreadCpuTimes last;

    /** Starts counting now (the run starts). */
    void start() {
        last = ThreadCpuTimes.now();
    }

    /**
     * Ends the current interval (an epoch ended) and returns its line: {@code MEASURE epoch-cpu <label> process=..
     * training=.. jit=.. gc=.. fx=.. render=.. other=..}, seconds of CPU.
     */
    String mark(String label) {
        ThreadCpuTimes now = ThreadCpuTimes.now();
        Map<String, Double> byKind = new LinkedHashMap<>();
        for (String kind : KINDS) {
            byKind.put(kind, 0.0);
        }
        now.secondsSince(last).forEach((name, seconds) -> byKind.merge(kindOf(name), seconds, Double::sum));
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "MEASURE epoch-cpu %s process=%.2f", label,
                now.processSecondsSince(last)));
        byKind.forEach((kind, seconds) -> line.append(String.format(Locale.ROOT, " %s=%.2f", kind, seconds)));
        last = now;
        return line.toString();
    }

    /** The kind of a thread named {@code name} (digits already dropped, at most 15 characters as Linux keeps it). */
    static String kindOf(String name) {
        if (name.startsWith("neurite-trainin")) {
            return "training";
        }
        if (name.contains("CompilerThre")) {
            return "jit";
        }
        if (name.startsWith("GC Thread") || name.startsWith("G Conc") || name.startsWith("G Refine")
                || name.startsWith("G Main") || name.startsWith("G Service") || name.startsWith("VM ")) {
            return "gc";
        }
        if (name.startsWith("JavaFX Applicat")) {
            return "fx";
        }
        if (name.startsWith("QuantumRenderer")) {
            return "render";
        }
        return "other";
    }
}
