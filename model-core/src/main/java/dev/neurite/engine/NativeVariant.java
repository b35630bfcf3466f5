package dev.neurite.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses which build of libnd4j (the native half of ND4J) is loaded: JavaCPP loads the build named by the system
 * property {@code org.bytedeco.javacpp.platform.extension}; without it, the generic build without oneDNN, whose
 * convolutions are many times slower. Before ND4J first loads, this picks the fastest build that is both on the class
 * path and supported by the CPU (oneDNN + AVX-512, oneDNN + AVX2, oneDNN), unless the user set the property.
 * Thread-safe; effective only before the first ND4J call in the process.
 */
public final class NativeVariant {

    /** JavaCPP's property naming the build's extension, e.g. {@code -onednn-avx512}. */
    public static final String PROPERTY = "org.bytedeco.javacpp.platform.extension";
    private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/";
    private static final List<String> PREFERENCE = List.of("-onednn-avx512", "-onednn-avx2", "-onednn", "-avx512",
            "-avx2", "");

    private NativeVariant() {
    }

    /** Sets {@link #PROPERTY} unless already set; returns the extension in force. */
    public static synchronized String selectBeforeLoading() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null) {
            return chosen;
        }
        String flags = cpuFlags();
        for (String extension : PREFERENCE) {
            if (supported(extension, flags) && onClassPath(extension)) {
                System.setProperty(PROPERTY, extension);
                return extension;
            }
        }
        return "";
    }

    /** The platform and extension, e.g. {@code nd4j-native linux-x86_64-onednn-avx512}. */
    public static String describe() {
        return "nd4j-native " + platform() + System.getProperty(PROPERTY, "");
    }

    static boolean supported(String extension, String flags) {
        if (extension.contains("avx512")) {
            return flags.contains(" avx512f");
        }
        if (extension.contains("avx2")) {
            return flags.contains(" avx2");
        }
        return true;
    }

    private static boolean onClassPath(String extension) {
        String library = BINDINGS + platform() + extension + "/";
        return NativeVariant.class.getClassLoader().getResource(library) != null;
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        String osName = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "macosx" : "linux";
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
        return osName + "-" + archName;
    }

    /** The CPU's feature flags, space-prefixed, from /proc/cpuinfo on Linux; empty elsewhere (no guessing). */
    static String cpuFlags() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return "";
        }
        try (var lines = Files.lines(cpuinfo)) {
            return lines.filter(line -> line.startsWith("flags")).findFirst()
                    .map(line -> " " + line.substring(line.indexOf(':') + 1).trim() + " ").orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }
}
