package dev.neurite.engine;

import dev.neurite.graph.ModelGraph;
import dev.neurite.settings.CompileSettings;

/**
 * Turns a validated model graph and compile settings into an executable {@link Network} on one backend (CPU now;
 * CUDA or another later), so that nothing above the engine depends on the backend. Implementations are thread-safe.
 */
public interface Engine {

    /**
     * Compiles {@code graph} with freshly initialised weights.
     *
     * @param seed the run's seed; the initial weights come from its initialisation stream (see {@link SeedStreams})
     * @throws dev.neurite.NeuriteException if the graph has ERROR diagnostics or is not supported (several outputs)
     */
    Network compile(ModelGraph graph, CompileSettings settings, long seed);

    /** A short description of the backend, e.g. {@code "CPU (nd4j-native linux-x86_64-onednn-avx512)"}. */
    String description();
}
