package dev.neurite.graph;

import java.util.List;

/**
 * Sizes in memory as Keras 3's summary writes them: base-1024 units with two decimals, {@code 139304} bytes as
 * {@code 136.04 KB}, {@code 1628200} as {@code 1.55 MB}, {@code 0} as {@code 0.00 B}. Stateless and thread-safe.
 */
public final class MemorySize {

    /** Bytes per parameter: every Neurite weight is a 32-bit float, as Keras's default dtype. */
    public static final int BYTES_PER_PARAMETER = 4;

    private static final List<String> UNITS = List.of("B", "KB", "MB", "GB", "TB", "PB");
    private static final double SCALE = 1024;

    private MemorySize() {
    }

    /** The size of {@code parameters} float32 weights, e.g. {@code 34826} as {@code 136.04 KB}. */
    public static String ofParameters(long parameters) {
        return of((double) parameters * BYTES_PER_PARAMETER);
    }

    /**
     * {@code bytes} in the largest unit that keeps the number at least 1 (B, KB, MB, GB, TB, PB), with two decimals
     * rounded as Python does. From 1024 PB on, the number is divided once more and still called PB, as
     * Keras does.
     */
    public static String of(double bytes) {
        double size = bytes;
        for (String unit : UNITS) {
            if (size / SCALE < 1) {
                return PythonFormat.fixed(size, 2) + " " + unit;
            }
            size /= SCALE;
        }
        return PythonFormat.fixed(size, 2) + " " + UNITS.get(UNITS.size() - 1);
    }
}
