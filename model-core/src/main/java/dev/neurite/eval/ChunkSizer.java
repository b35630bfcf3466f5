package dev.neurite.eval;

/**
 * Chooses how many test images the next chunk of an evaluation holds, so that a chunk takes about
 * {@link #TARGET_NANOS}: short enough that a prediction of the learner's drawing, which waits for the chunk in
 * progress (the network runs one batch at a time), is not held up noticeably; long enough that the cost per chunk stays
 * small. Starts at {@link #FIRST}, at most doubles or quarters from one chunk to the next, stays a power of two
 * within [1, {@link #MAX}].
 *
 * <p>Not thread-safe: one per evaluation, used by the thread that runs it.
 */
final class ChunkSizer {

    /** The time one chunk should take. */
    static final long TARGET_NANOS = 8_000_000L;
    static final int FIRST = 16;
    static final int MAX = 512;

    private int next = FIRST;

    /** The size of the next chunk. */
    int next() {
        return next;
    }

    /**
     * Records that a chunk of {@code images} took {@code nanos}. The next size is a power of two, so that it settles
     * and the network and the feeder keep their buffers (they are made again for each new batch size).
     */
    void took(int images, long nanos) {
        double fitting = (double) images * TARGET_NANOS / Math.max(1, nanos);
        double bounded = Math.max(images / 4.0, Math.min(images * 2.0, fitting));
        next = Math.max(1, Math.min(MAX, Integer.highestOneBit((int) Math.max(1, bounded))));
    }
}
