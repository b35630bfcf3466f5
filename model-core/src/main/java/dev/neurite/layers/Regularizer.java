package dev.neurite.layers;

/**
 * A weight penalty added to the loss, as Keras's {@code l1}, {@code l2} and {@code l1_l2}:
 * {@code l1 * sum(|w|) + l2 * sum(w^2)}.
 *
 * @param l1 the L1 factor, finite and at least 0
 * @param l2 the L2 factor, finite and at least 0
 */
public record Regularizer(double l1, double l2) {

    public Regularizer {
        if (!(l1 >= 0) || !(l2 >= 0) || Double.isInfinite(l1) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("Regularizer factors must be finite and at least 0; got l1=" + l1
                    + ", l2=" + l2);
        }
    }

    /** Keras's {@code regularizers.l1(l1)}. */
    public static Regularizer l1(double l1) {
        return new Regularizer(l1, 0);
    }

    /** Keras's {@code regularizers.l2(l2)}. */
    public static Regularizer l2(double l2) {
        return new Regularizer(0, l2);
    }

    /** Keras's {@code regularizers.l1_l2(l1, l2)}. */
    public static Regularizer l1L2(double l1, double l2) {
        return new Regularizer(l1, l2);
    }

    @Override
    public String toString() {
        return l1 == 0 ? "l2(" + l2 + ")" : l2 == 0 ? "l1(" + l1 + ")" : "l1_l2(" + l1 + ", " + l2 + ")";
    }
}
