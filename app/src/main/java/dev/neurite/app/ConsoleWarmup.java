package dev.neurite.app;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Loads the native libraries before a command that needs the engine runs, showing on the error stream how far the
 * first start's unpacking got (one line that rewrites itself). Later starts print nothing.
 */
final class ConsoleWarmup {

    /** The commands that run the engine and so need the native libraries (others never load them). */
    static final Set<String> ENGINE_COMMANDS = Set.of("train", "evaluate", "predict");

    private ConsoleWarmup() {
    }

    /** Arguments that only print help or the version. */
    private static final Set<String> INFORMATIONAL = Set.of("help", "--help", "-h", "--version", "-V");

    /**
     * Whether the native libraries must be ready before these arguments run: for the engine's commands, and on the
     * installed app's first start for every command but help and version (a command may touch ND4J unexpectedly,
     * and the packed libraries must be unpacked before ND4J loads).
     */
    static boolean mustLoadBefore(String[] args, boolean needsUnpacking) {
        if (isNeededBy(args)) {
            return true;
        }
        return needsUnpacking && !(args.length > 0 && INFORMATIONAL.contains(args[0]));
    }

    /** Whether the command named by the first argument that is not an option needs the engine. */
    static boolean isNeededBy(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return ENGINE_COMMANDS.contains(arg);
            }
        }
        return false;
    }

    /**
     * Loads the native libraries, printing progress to {@code err} on the first start. Returns false, having printed
     * an {@code error:} line ({@code warning:} when the command does not need the engine), when they cannot be loaded.
     */
    static boolean await(PrintStream err, boolean required) {
        int[] lastPercent = {-1};
        NativeWarmup.addListener(progress -> {
            if (!progress.firstStart()) {
                return;
            }
            int percent = (int) Math.round(progress.fraction() * 100);
            synchronized (lastPercent) {
                if (percent != lastPercent[0]) {
                    lastPercent[0] = percent;
                    err.printf(Locale.ROOT, "\rUnpacking the engine's native libraries (first start only): %3d%%",
                            percent);
                    err.flush();
                }
            }
        });
        try {
            NativeWarmup.Result result = NativeWarmup.start().get();
            if (result.firstStart()) {
                err.printf(Locale.ROOT, "%nNative libraries ready (build '%s', %.1f s).%n",
                        result.extension().isEmpty() ? "generic" : result.extension().substring(1),
                        result.millis() / 1000.0);
            }
            return true;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            err.println();
            err.println((required ? "error" : "warning") + ": could not load the engine's native libraries (build '"
                    + System.getProperty(NativePlatform.EXTENSION_PROPERTY, "") + "'): " + cause);
            err.println("Set " + NativePlatform.EXTENSION_VARIABLE + " (-onednn-avx2, -onednn or generic) to choose"
                    + " another build; see the README's 'Installing' section.");
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
