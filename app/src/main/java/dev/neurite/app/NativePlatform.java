package dev.neurite.app;

import java.io.IOException;
import java.net.URISyntaxException;
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
 * Chooses which build of ND4J's native library to load and where its files are unpacked, by setting JavaCPP's system
 * properties before anything loads ND4J. Call {@link #configure()} first thing in {@code main}.
 *
 * <p>The installed app carries several builds of libnd4j for the host system (see docs-installer.md); JavaCPP loads the
 * one named by {@value #EXTENSION_PROPERTY}. Without that property it takes whichever it meets first, which may be a
 * build the CPU cannot run (an AVX-512 build on an AVX2 CPU crashes) or a slower one. A value the user set is kept,
 * as property or as the environment variable {@value #EXTENSION_VARIABLE} ({@code generic} for the plain build).
 */
public final class NativePlatform {

    /** JavaCPP's property naming the variant of a native library, e.g. {@code -onednn-avx512}. */
    public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";
    /** Environment variable that names the build to load instead of the one chosen for the CPU, e.g. -onednn. */
    public static final String EXTENSION_VARIABLE = "NEURITE_ND4J_BUILD";
    /** JavaCPP's property naming the folder its native libraries are unpacked into. */
    public static final String CACHE_DIR_PROPERTY = "org.bytedeco.javacpp.cachedir";
    /**
     * JavaCPP's property for folders it loads libraries from when the class path has none. (Not together with
     * {@code pathsFirst}: that makes JavaCPP prefer a system OpenBLAS over the bundled one.)
     */
    static final String PRELOAD_PATH_PROPERTY = "org.bytedeco.javacpp.platform.preloadpath";
    /** The folder beside the app's jar that holds the Linux packages' xz-packed libnd4j builds. */
    static final String PACKED_FOLDER = "natives";
    /** Set by jpackage's launcher to the launcher's path; present only in the installed app. */
    static final String JPACKAGE_APP_PATH_PROPERTY = "jpackage.app-path";

    /** The classpath folder of each libnd4j build; the extension is appended to the platform name. */
    static final String ND4J_BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";

    /**
     * The libnd4j builds, fastest first, with the CPU flags (as {@code /proc/cpuinfo} names them) each needs. The AVX2
     * builds use AVX2, FMA and F16C; the AVX-512 builds target Skylake-X, which adds AVX-512 F, CD, BW, DQ and VL
     * (a Xeon Phi has F and CD only, so it gets the AVX2 build).
     */
    static final List<Variant> VARIANTS = List.of(
            new Variant("-onednn-avx512", Set.of("avx2", "fma", "f16c", "avx512f", "avx512cd", "avx512bw",
                    "avx512dq", "avx512vl")),
            new Variant("-avx512", Set.of("avx2", "fma", "f16c", "avx512f", "avx512cd", "avx512bw", "avx512dq",
                    "avx512vl")),
            new Variant("-onednn-avx2", Set.of("avx2", "fma", "f16c")),
            new Variant("-avx2", Set.of("avx2", "fma", "f16c")),
            new Variant("-onednn", Set.of()),
            new Variant("", Set.of()));

    /** The packed build chosen by {@link #configure()}, or null when the build comes from a jar on the class path. */
    private static volatile PackedNatives packed;

    private NativePlatform() {
    }

    /** A build of libnd4j: its JavaCPP extension ({@code ""} for the generic build) and the CPU flags it needs. */
    record Variant(String extension, Set<String> requiredFlags) {
    }

    /**
     * Sets JavaCPP's extension and, in the installed app, its cache folder, unless they are already set. Must run
     * before the first ND4J class loads; calling it again changes nothing.
     */
    public static synchronized void configure() {
        if (System.getProperty(CACHE_DIR_PROPERTY) == null && System.getProperty(JPACKAGE_APP_PATH_PROPERTY) != null) {
            System.setProperty(CACHE_DIR_PROPERTY, userCacheDir().resolve("javacpp").toString());
        }
        String forced = System.getenv(EXTENSION_VARIABLE);
        if (System.getProperty(EXTENSION_PROPERTY) == null && forced != null) {
            System.setProperty(EXTENSION_PROPERTY, forced.equals("generic") ? "" : forced);
        }
        if (System.getProperty(EXTENSION_PROPERTY) == null) {
            Set<String> flags = cpuFlags(Path.of("/proc/cpuinfo"));
            chooseExtension(flags, extension -> isOnClassPath(extension) || packedArchive(extension) != null)
                    .ifPresent(extension -> System.setProperty(EXTENSION_PROPERTY, extension));
        }
        Path archive = packedArchive(System.getProperty(EXTENSION_PROPERTY, ""));
        if (archive != null && !isOnClassPath(System.getProperty(EXTENSION_PROPERTY, ""))) {
            String name = archive.getFileName().toString();
            Path folder = javacppCacheDir().resolve(name.substring(0, name.length() - PackedNatives.SUFFIX.length()));
            packed = new PackedNatives(archive, folder);
            System.setProperty(PRELOAD_PATH_PROPERTY, folder.toString());
        }
    }

    /** The packed libnd4j build to unpack before ND4J loads, when the installed app carries them packed. */
    static Optional<PackedNatives> packed() {
        return Optional.ofNullable(packed);
    }

    /** JavaCPP's cache folder: the property, else JavaCPP's default {@code ~/.javacpp/cache}. */
    static Path javacppCacheDir() {
        String dir = System.getProperty(CACHE_DIR_PROPERTY);
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".javacpp", "cache");
    }

    /**
     * The packed libnd4j build with this extension in the {@value #PACKED_FOLDER} folder beside the app's jar
     * ({@code nd4j-native-<version>-<platform><extension>.zip.xz}), or null.
     */
    static Path packedArchive(String extension) {
        try {
            Path jar = Path.of(NativePlatform.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = jar.resolveSibling(PACKED_FOLDER);
            if (!Files.isDirectory(folder)) {
                return null;
            }
            String ending = "-" + platform() + extension + PackedNatives.SUFFIX;
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(file -> file.getFileName().toString().startsWith("nd4j-native-")
                                && file.getFileName().toString().endsWith(ending))
                        .findFirst()
                        .orElse(null);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The fastest variant whose CPU needs {@code flags} meets among those {@code available} says are present, or empty
     * when none is present (then JavaCPP falls back to its own search and reports what is missing).
     */
    static Optional<String> chooseExtension(Set<String> flags, Predicate<String> available) {
        return VARIANTS.stream()
                .filter(variant -> flags.containsAll(variant.requiredFlags()))
                .map(Variant::extension)
                .filter(available)
                .findFirst();
    }

    /** The CPU flags of the first processor in a {@code /proc/cpuinfo} file; empty when it cannot be read. */
    static Set<String> cpuFlags(Path cpuinfo) {
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

    /** Whether the libnd4j build with this extension is on the class path, for this operating system and CPU. */
    static boolean isOnClassPath(String extension) {
        String resource = ND4J_BINDINGS + platform() + extension + "/" + System.mapLibraryName("jnind4jcpu");
        return NativePlatform.class.getClassLoader().getResource(resource) != null;
    }

    /** JavaCPP's name for this system, e.g. {@code linux-x86_64}, {@code windows-x86_64}, {@code macosx-arm64}. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archName = switch (arch) {
            case "amd64", "x86_64", "x86-64" -> "x86_64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    /**
     * This user's cache folder for Neurite: {@code $XDG_CACHE_HOME/neurite} or {@code ~/.cache/neurite} on Linux,
     * {@code ~/Library/Caches/Neurite} on macOS, {@code %LOCALAPPDATA%\Neurite} on Windows.
     */
    static Path userCacheDir() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve("Neurite");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Neurite");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("neurite");
    }
}
