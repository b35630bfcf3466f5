package dev.neurite.layers;

/** Keras's {@code padding} argument of convolution and pooling layers. */
public enum Padding {
    /** No padding: the output shrinks by the window size minus one. */
    VALID,
    /** Zero padding so that the output is {@code ceil(input / stride)}. */
    SAME;

    /** The name Keras uses, e.g. {@code "same"}. */
    public String kerasName() {
        return KerasNames.of(this);
    }

    /** Parses Keras's name; null if unknown. */
    public static Padding fromKerasName(String name) {
        return KerasNames.parse(Padding.class, name);
    }
}
