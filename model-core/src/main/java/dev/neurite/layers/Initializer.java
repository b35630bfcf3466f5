package dev.neurite.layers;

/**
 * Weight initializers with Keras's names and definitions. {@code fanIn} and {@code fanOut} are computed as Keras does:
 * for a Dense kernel (in, units) they are in and units; for a Conv2D kernel (kh, kw, in, filters) they are
 * {@code kh*kw*in} and {@code kh*kw*filters}. The normal variants draw from a normal distribution truncated at two
 * standard deviations, scaled so that the truncated distribution has the stated deviation.
 */
public enum Initializer {
    /** Uniform in [-limit, limit], limit = sqrt(6 / (fanIn + fanOut)). Keras's default for kernels. */
    GLOROT_UNIFORM,
    /** Truncated normal with deviation sqrt(2 / (fanIn + fanOut)). */
    GLOROT_NORMAL,
    /** Uniform in [-limit, limit], limit = sqrt(6 / fanIn). */
    HE_UNIFORM,
    /** Truncated normal with deviation sqrt(2 / fanIn). */
    HE_NORMAL,
    /** All zeros. Keras's default for biases. */
    ZEROS,
    /** All ones. */
    ONES;

    /** The name Keras uses, e.g. {@code "glorot_uniform"}. */
    public String kerasName() {
        return KerasNames.of(this);
    }

    /** Parses Keras's name; null if unknown. */
    public static Initializer fromKerasName(String name) {
        return KerasNames.parse(Initializer.class, name);
    }
}
