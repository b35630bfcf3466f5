package dev.neurite.app;

import dev.neurite.data.download.CacheDirectory;
import dev.neurite.engine.CpuFeatures;
import dev.neurite.engine.NativeVariant;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Chooses which build of ND4J's native library to load and where its files are unpacked, by setting JavaCPP's system
 * properties before anything loads ND4J. Call {@link #configure()} first thing in {@code main}.
 *
 * <p>The installed app carries several builds of libnd4j for the host system (see installer/README.md); JavaCPP loads
 * the one named by {@value #EXTENSION_PROPERTY}. Without that property it takes whichever it meets first, which may be
 * a build the CPU cannot run (an AVX-512 build on an AVX2 CPU crashes) or a slower one. A value the user set is kept,
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



    /** The packed build chosen by {@link #configure()}, or null when the build comes from a jar on the class path. */
    private static volatile PackedNatives packed;

    private NativePlatform() {
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
            NativeVariant.choose(CpuFeatures.detect(), extension -> NativeVariant.onClassPath(extension)
                            || packedArchive(extension) != null)
                    .ifPresent(extension -> System.setProperty(EXTENSION_PROPERTY, extension));
        }
        Path archive = packedArchive(System.getProperty(EXTENSION_PROPERTY, ""));
        if (archive != null && !NativeVariant.onClassPath(System.getProperty(EXTENSION_PROPERTY, ""))) {
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
            String ending = "-" + NativeVariant.platform() + extension + PackedNatives.SUFFIX;
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





    /** This user's cache folder for Neurite, by the same rules as the data sets' downloads ({@link CacheDirectory}). */
    static Path userCacheDir() {
        return CacheDirectory.resolve(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home"));
    }
}
