package dev.neurite.layers;

/** Shape arithmetic that cannot overflow silently: results beyond what a dimension holds are a shape error. */
final class Dimension {

    private Dimension() {
    }

    /**
     * {@code value} as a dimension.
     *
     * @throws ShapeException naming {@code layer} when {@code value} is beyond {@link Integer#MAX_VALUE}
     */
    static int of(String layer, long value) {
        if (value > Integer.MAX_VALUE) {
            throw new ShapeException(layer + " would make a dimension of " + value + ", more than the "
                    + Integer.MAX_VALUE + " a dimension can hold.");
        }
        return (int) value;
    }

    /** {@code a * b} for non-negative factors, saturating at {@link Long#MAX_VALUE}. */
    static long times(long a, long b) {
        return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
