package dev.neurite.data.idx;

/**
 * Bounds the IDX reader enforces before it allocates anything, so a hostile header cannot exhaust memory.
 *
 * @param maxRank     the most dimensions a file may declare, 1..255
 * @param maxElements the most data bytes (elements) a file may declare, at least 1
 */
public record IdxLimits(int maxRank, long maxElements) {

    /** Rank up to 4 and 256 Mi elements: MNIST's training images (47 M bytes) fit five times over. */
    public static final IdxLimits DEFAULT = new IdxLimits(4, 256L * 1024 * 1024);

    public IdxLimits {
        if (maxRank < 1 || maxRank > 255) {
            throw new IllegalArgumentException("maxRank must be in [1, 255]; got " + maxRank);
        }
        if (maxElements < 1 || maxElements > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxElements must be in [1, " + (Integer.MAX_VALUE - 8) + "]; got "
                    + maxElements);
        }
    }
}
