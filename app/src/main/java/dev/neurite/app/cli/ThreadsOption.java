package dev.neurite.app.cli;

import dev.neurite.engine.EngineThreads;
import picocli.CommandLine.Option;

/**
 * {@code --threads N}, shared by the commands that run the engine. Without it, {@code NEURITE_THREADS} applies (the
 * launcher also turns it into {@code OMP_NUM_THREADS} before the JVM starts), else all cores.
 */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "CPU threads for the engine (default: \\$NEURITE_THREADS, else all cores).")
    Integer threads;

    /** The most threads {@code --threads} accepts: more than the cores only makes the engine wait on itself. */
    static final int MAX_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors()) * 2;

    /** Applies the choice; call before the engine runs. */
    void apply() {
        if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
            throw new dev.neurite.NeuriteException("--threads must be from 1 to " + MAX_THREADS + " (twice this "
                    + "machine's " + Runtime.getRuntime().availableProcessors() + " cores); got " + threads + ".");
        }
        int chosen = threads != null ? threads : EngineThreads.fromEnvironment(0);
        if (chosen > 0) {
            EngineThreads.set(chosen);
        }
    }
}
