package dev.neurite.layers;

import java.util.List;

/**
 * Where a layer reads its arguments under Keras's names, strictly: a value of the wrong type is refused with a
 * message that says where; a missing argument takes the fallback the caller gives (Keras's default), or is refused
 * where there is none. The model file format implements it; each {@link LayerType} reads through it. Not
 * thread-safe: one reader per layer read.
 */
public interface ArgumentReader {

    /** Whether {@code key} is present and not null. */
    boolean has(String key);

    int integer(String key);

    int integer(String key, int fallback);

    long longValue(String key, long fallback);

    double number(String key);

    double number(String key, double fallback);

    boolean bool(String key, boolean fallback);

    String string(String key, String fallback);

    /** A list of integers, or null when absent. */
    List<Integer> integers(String key);

    /** A list of numbers, or null when absent. */
    List<Double> numbers(String key);

    /**
     * The value as plain Java (Integer, Long, Double, Boolean, String, List of those), or null when absent, for
     * arguments with several accepted forms.
     */
    Object plain(String key);

    /** A list of positive integers; required. */
    TensorShape shape(String key);

    /** An integer (square) or a pair of integers; {@code fallback} when absent, required when that is null. */
    Dims2D dims(String key, Dims2D fallback);

    /** {@code activation}, linear when absent. */
    ActivationFunction activation();

    Initializer initializer(String key, Initializer fallback);

    /** {@code padding}: {@code valid} (the default) or {@code same}. */
    Padding padding();

    /** {@code {"l1": .., "l2": ..}}, or null when absent. */
    Regularizer regularizer(String key);

    /** The error for a required {@code key} that is absent. */
    RuntimeException missing(String key);

    /** The error for {@code key}'s value, which is not {@code expected} (e.g. "an integer or a pair"). */
    RuntimeException wrong(String key, String expected);
}
