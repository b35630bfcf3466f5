package dev.neurite.engine;

/**
 * The separate random streams of one run, all derived from its seed, so that changing one use of randomness (say,
 * adding a Dropout layer) does not change the others (the initial weights, the shuffling order). Immutable.
 *
 * @param seed the run's seed
 */
public record SeedStreams(long seed) {

    private static final long INITIALIZATION = 0x1A1L;
    private static final long SHUFFLING = 0x5F1L;
    private static final long DROPOUT = 0xD20L;
    private static final long AUGMENTATION = 0xA06L;

    /** The seed of the weight initialisation stream. */
    public long initialization() {
        return mix(seed, INITIALIZATION);
    }

    /** The seed of the shuffling stream. */
    public long shuffling() {
        return mix(seed, SHUFFLING);
    }

    /** The seed of epoch {@code epoch}'s (0-based) shuffling order: each epoch replayable on its own. */
    public long shuffling(int epoch) {
        return mix(shuffling(), epoch);
    }

    /** The seed of epoch {@code epoch}'s (0-based) random image augmentation. */
    public long augmentation(int epoch) {
        return mix(mix(seed, AUGMENTATION), epoch);
    }

    /** The seed of the dropout stream of the layer at {@code nodeIndex} in topological order. */
    public long dropout(int nodeIndex) {
        return mix(mix(seed, DROPOUT), nodeIndex);
    }

    /** SplitMix64's finaliser applied to the combination: well-spread, distinct seeds for distinct inputs. */
    static long mix(long base, long salt) {
        long z = base + salt * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
