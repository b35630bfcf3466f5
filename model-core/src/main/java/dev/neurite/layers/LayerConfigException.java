package dev.neurite.layers;

import dev.neurite.NeuriteException;

/**
 * An argument of a layer is outside what the layer allows. The message names the argument, what is allowed and what
 * was given; {@link #inLayer(String)} adds the layer's name once it is known, e.g.
 * "Dropout rate in layer 'dropout_1' must be in [0, 1); got 1.5".
 */
public final class LayerConfigException extends NeuriteException {

    private final String layerType;
    private final String argument;
    private final String requirement;
    private final String given;

    /**
     * @param layerType   Keras's class name, e.g. "Dropout"
     * @param argument    Keras's argument name, e.g. "rate"
     * @param requirement what is allowed, e.g. "must be in [0, 1)"
     * @param given       the value given, as text
     */
    public LayerConfigException(String layerType, String argument, String requirement, String given) {
        this(layerType, argument, requirement, given, null);
    }

    private LayerConfigException(String layerType, String argument, String requirement, String given,
                                 String layerName) {
        super(layerType + " " + argument + (layerName == null ? "" : " in layer '" + layerName + "'") + " "
                + requirement + "; got " + given);
        this.layerType = layerType;
        this.argument = argument;
        this.requirement = requirement;
        this.given = given;
    }

    /** The same problem, with the name of the layer it happened in. */
    public LayerConfigException inLayer(String layerName) {
        return new LayerConfigException(layerType, argument, requirement, given, layerName);
    }

    /** Keras's name of the offending argument. */
    public String argument() {
        return argument;
    }

    /** Throws unless {@code value > 0}. */
    public static int requirePositive(String layerType, String argument, int value) {
        if (value <= 0) {
            throw new LayerConfigException(layerType, argument, "must be a positive integer", String.valueOf(value));
        }
        return value;
    }

    /** Throws unless both values are positive. */
    public static Dims2D requirePositive(String layerType, String argument, Dims2D value) {
        if (value == null) {
            throw new LayerConfigException(layerType, argument, "must be given", "nothing");
        }
        if (value.rows() <= 0 || value.cols() <= 0) {
            throw new LayerConfigException(layerType, argument, "must be positive integers",
                    value.toPythonTuple());
        }
        return value;
    }

    /** Throws if {@code value} is null. */
    public static <T> T requireGiven(String layerType, String argument, T value) {
        if (value == null) {
            throw new LayerConfigException(layerType, argument, "must be given", "nothing");
        }
        return value;
    }
}
