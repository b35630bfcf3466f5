package dev.neurite.engine;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The instruction-set extensions of the CPU this process runs on that decide which native code it can run, named as
 * {@code /proc/cpuinfo} names them ({@code avx2 fma f16c avx512f ...}).
 *
 * <p>Two sources. On Linux the kernel lists the CPU's flags in {@code /proc/cpuinfo}. Everywhere, the JVM asked the CPU
 * itself (CPUID) when it started and chose its vector level from the answer: HotSpot's {@code UseAVX} is 2 where
 * AVX2 runs and 3 where AVX-512 does, and {@code UseFMA} says whether FMA does. On Linux the kernel's list is taken and
 * the levels the JVM found missing are removed from it; an emulator that passes the host's {@code /proc/cpuinfo}
 * through (qemu-user) thus gets only what the emulated CPU runs. Elsewhere (Windows, macOS) the JVM's levels are all
 * there is: they give AVX2, FMA and F16C (every CPU with AVX2 has F16C) but not which AVX-512 subsets exist, so no
 * AVX-512 build is chosen there.
 */
public final class CpuFeatures {

    /** What the AVX2 builds of libnd4j and OpenBLAS's Haswell kernels use. */
    public static final Set<String> AVX2 = Set.of("avx2", "fma", "f16c");
    /** What the AVX-512 builds of libnd4j and OpenBLAS's SkylakeX kernels use besides {@link #AVX2}. */
    public static final Set<String> AVX512 = Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");

    private static volatile Set<String> detected;

    private CpuFeatures() {
    }

    /** The vector level the JVM chose after asking the CPU: HotSpot's {@code UseAVX} (0-3) and {@code UseFMA}. */
    record JvmVectorLevel(int avx, boolean fma) {
    }

    /** The processor's identity as {@code /proc/cpuinfo} gives it (vendor, family, model, stepping); -1 when absent. */
    record CpuIdentity(String vendor, int family, int model, int stepping) {
        static final CpuIdentity UNKNOWN = new CpuIdentity("", -1, -1, -1);

        /**
         * Whether HotSpot leaves AVX-512 off on this CPU although it has it: by default it does so on the first
         * Skylake-SP/X (Intel family 6, model 0x55, stepping below 5) because of the clock slowdown it causes there.
         */
        boolean jvmAvoidsAvx512() {
            return vendor.equals("GenuineIntel") && family == 6 && model == 0x55 && stepping >= 0 && stepping < 5;
        }
    }

    /** The CPU's flags, detected once per process (see the class comment). */
    public static Set<String> detect() {
        Set<String> flags = detected;
        if (flags == null) {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            flags = combine(NativeVariant.cpuFlags(cpuinfo), identity(cpuinfo), jvmVectorLevel());
            detected = flags;
        }
        return flags;
    }

    /** A short name of the CPU's level for messages: "AVX-512", "AVX2" or "no AVX2". */
    public static String describe(Set<String> flags) {
        if (flags.containsAll(AVX2) && flags.containsAll(AVX512)) {
            return "AVX-512";
        }
        return flags.containsAll(AVX2) ? "AVX2" : "no AVX2";
    }

    /**
     * The flags of a CPU from the kernel's list ({@code kernelFlags}, empty where there is none) and the JVM's level
     * (empty where the JVM does not tell, e.g. not HotSpot or not x86).
     */
    static Set<String> combine(Set<String> kernelFlags, CpuIdentity identity, Optional<JvmVectorLevel> jvm) {
        if (jvm.isEmpty()) {
            return Set.copyOf(kernelFlags);
        }
        JvmVectorLevel level = jvm.get();
        if (kernelFlags.isEmpty()) {
            Set<String> flags = new HashSet<>();
            if (level.avx() >= 1) {
                flags.add("avx");
            }
            if (level.avx() >= 2 && level.fma()) {
                flags.addAll(AVX2);
            }
            if (level.avx() >= 3) {
                flags.add("avx512f"); // the subsets the builds need are unknown, so no AVX-512 build is chosen
            }
            return Set.copyOf(flags);
        }
        Set<String> flags = new HashSet<>(kernelFlags);
        boolean avx512Missing = level.avx() < 3 && !identity.jvmAvoidsAvx512();
        if (level.avx() < 2 || !level.fma() || avx512Missing) {
            flags.removeIf(flag -> flag.startsWith("avx512"));
        }
        if (level.avx() < 2 || !level.fma()) {
            flags.removeAll(AVX2);
        }
        if (level.avx() < 1) {
            flags.remove("avx");
        }
        return Set.copyOf(flags);
    }

    /** HotSpot's {@code UseAVX} and {@code UseFMA}, or empty where they cannot be read. */
    static Optional<JvmVectorLevel> jvmVectorLevel() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return Optional.empty();
            }
            int avx = Integer.parseInt(hotspot.getVMOption("UseAVX").getValue());
            boolean fma = Boolean.parseBoolean(hotspot.getVMOption("UseFMA").getValue());
            return Optional.of(new JvmVectorLevel(avx, fma));
        } catch (RuntimeException | LinkageError e) { // no such option (not x86), not HotSpot, no jdk.management
            return Optional.empty();
        }
    }

    /** The vendor, family, model and stepping of the first processor in a {@code /proc/cpuinfo} file. */
    static CpuIdentity identity(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            return new CpuIdentity(field(lines, "vendor_id"), number(field(lines, "cpu family")),
                    number(field(lines, "model")), number(field(lines, "stepping")));
        } catch (IOException | RuntimeException e) {
            return CpuIdentity.UNKNOWN;
        }
    }

    private static String field(List<String> lines, String name) {
        return lines.stream()
                .filter(line -> line.indexOf(':') > 0 && line.substring(0, line.indexOf(':')).strip().equals(name))
                .findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .orElse("");
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Flags from a space-separated list (for tests and messages). */
    static Set<String> parse(String flags) {
        return Arrays.stream(flags.strip().split("\\s+")).filter(flag -> !flag.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
