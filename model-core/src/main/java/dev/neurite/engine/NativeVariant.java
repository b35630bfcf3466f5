package dev.neurite.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses which build of libnd4j (the native half of ND4J) is loaded: JavaCPP loads the build named by the system
 * property {@code org.bytedeco.javacpp.platform.extension}; without it, whichever it meets first, which may be the
 * generic build (whose convolutions are many times slower) or one the CPU cannot run. Before ND4J first loads, this
 * picks the fastest build that is both present and supported by the CPU, unless the user set the property. The
 * installed app calls {@link #choose} with its own notion of "present" (packed builds). Thread-safe; effective only
 * before the first ND4J call in the process.
 */
public final class NativeVariant {

    /** JavaCPP's property naming the build's extension, e.g. {@code -onednn-avx512}. */
    public static final String PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** The class-path folder of each libnd4j build; the platform and extension are appended. */
    public static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";

    /**
     * The libnd4j builds, fastest first, with the CPU flags (as {@code /proc/cpuinfo} names them) each needs. The AVX2
     * builds use AVX2, FMA and F16C; the AVX-512 builds target Skylake-X, which adds AVX-512 F, CD, BW, DQ and VL
     * (a Xeon Phi has F and CD only, so it gets the AVX2 build).
     */
    static final List<Build> BUILDS = List.of(
            new Build("-onednn-avx512", union(CpuFeatures.AVX2, CpuFeatures.AVX512)),
            new Build("-avx512", union(CpuFeatures.AVX2, CpuFeatures.AVX512)),
            new Build("-onednn-avx2", CpuFeatures.AVX2),
            new Build("-avx2", CpuFeatures.AVX2),
            new Build("-onednn", Set.of()),
            new Build("", Set.of()));

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /** A build of libnd4j: its JavaCPP extension ({@code ""} for the generic build) and the CPU flags it needs. */
    record Build(String extension, Set<String> requiredFlags) {
    }

    private NativeVariant() {
    }

    /**
     * Prepares the process for loading ND4J: applies the engine's environment ({@link EngineEnvironment}) and sets
     * {@link #PROPERTY} unless already set, choosing among the builds on the class path for this CPU
     * ({@link CpuFeatures}); returns the extension.
     */
    public static synchronized String selectBeforeLoading() {
        EngineEnvironment.applyBeforeLoading();
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null) {
            return chosen;
        }
        Optional<String> fastest = choose(CpuFeatures.detect(), NativeVariant::onClassPath);
        fastest.ifPresent(extension -> System.setProperty(PROPERTY, extension));
        return fastest.orElse("");
    }

    /**
     * The fastest build whose CPU needs {@code flags} meets, among those {@code present} accepts; empty when none is
     * present (then JavaCPP falls back to its own search and reports what is missing).
     */
    public static Optional<String> choose(Set<String> flags, Predicate<String> present) {
        return BUILDS.stream()
                .filter(build -> flags.containsAll(build.requiredFlags()))
                .map(Build::extension)
                .filter(present)
                .findFirst();
    }

    /** Whether the libnd4j build with this extension is on the class path, for this system. */
    public static boolean onClassPath(String extension) {
        String resource = BINDINGS + platform() + extension + "/" + System.mapLibraryName("jnind4jcpu");
        return NativeVariant.class.getClassLoader().getResource(resource) != null;
    }

    /** The platform and extension, e.g. {@code nd4j-native linux-x86_64-onednn-avx512}. */
    public static String describe() {
        return "nd4j-native " + platform() + System.getProperty(PROPERTY, "");
    }

    /** JavaCPP's name for this system, e.g. {@code linux-x86_64}, {@code windows-x86_64}, {@code macosx-arm64}. */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    /** The CPU flags of the first processor in a {@code /proc/cpuinfo} file; empty when it cannot be read. */
    public static Set<String> cpuFlags(Path cpuinfo) {
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("flags"))
                    .findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .map(flags -> Arrays.stream(flags.split("\\s+")).collect(Collectors.toUnmodifiableSet()))
                    .orElse(Set.of());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }
}
