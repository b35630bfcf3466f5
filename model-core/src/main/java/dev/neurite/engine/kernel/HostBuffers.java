package dev.neurite.engine.kernel;

/** Reuse of Java float arrays across batches: a new array only when the length changes. Stateless. */
public final class HostBuffers {

    private HostBuffers() {
    }

    /** {@code current} when it has {@code length} values, otherwise a new zeroed array of that length. */
    public static float[] floats(float[] current, int length) {
        return current != null && current.length == length ? current : new float[length];
    }
}
