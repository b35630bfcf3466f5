package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Copies between native arrays and Java float arrays in bulk (a memory copy: 400k floats in about 30 us), so that
 * elementwise work runs as plain Java loops over {@code float[]}, which the JIT vectorises, instead of one libnd4j op
 * call per step: each such call costs 25-150 us whatever its size (building the op, shape information, waking
 * OpenMP threads), more than the work itself on a batch of an MLP (BENCHMARKS.md). Arrays that are not contiguous
 * float arrays (views, doubles in gradient checks) go through a slower converting path. Stateless; the arrays of one
 * call must not be shared with another thread.
 */
public final class HostArrays {

    private HostArrays() {
    }

    /** Reads the first {@code target.length} values of {@code array} (c-order). */
    public static void read(INDArray array, float[] target) {
        read(array, 0, target, 0, target.length);
    }

    /** Reads {@code count} values of {@code array} (c-order) from index {@code from} into {@code target[at...]}. */
    public static void read(INDArray array, long from, float[] target, int at, int count) {
        if (direct(array)) {
            floatsOf(array).get((int) (array.offset() + from), target, at, count);
        } else {
            float[] values = array.castTo(DataType.FLOAT).reshape(array.length()).toFloatVector();
            System.arraycopy(values, (int) from, target, at, count);
        }
    }

    /** Writes {@code source} into {@code array} (c-order), which has at least as many values. */
    public static void write(float[] source, INDArray array) {
        write(source, 0, array, 0, source.length);
    }

    /** Writes {@code source[at...at+count)} into {@code array} (c-order) from index {@code from}. */
    public static void write(float[] source, int at, INDArray array, long from, int count) {
        if (direct(array)) {
            floatsOf(array).put((int) (array.offset() + from), source, at, count);
        } else if (from == 0 && count == array.length()) {
            float[] part = at == 0 && count == source.length ? source : java.util.Arrays.copyOfRange(source, at,
                    at + count);
            array.assign(Nd4j.createFromArray(part).reshape(array.shape()).castTo(array.dataType()));
        } else {
            float[] all = array.castTo(DataType.FLOAT).reshape(array.length()).toFloatVector();
            System.arraycopy(source, at, all, (int) from, count);
            array.assign(Nd4j.createFromArray(all).reshape(array.shape()).castTo(array.dataType()));
        }
    }

    /**
     * Whether {@code array} is float data laid out as one contiguous c-order run (a reshaped array or a range of
     * rows too: ND4J calls those views, and they start at {@link INDArray#offset()} in their buffer). Axes of size 1
     * may have any stride: ND4J's own test ({@code Shape.hasDefaultStridesForShape}) refuses {@code [128, 28, 28, 1]}
     * with strides {@code [784, 28, 1, 1]}, which sent every batch of 1-channel images through the converting copy
     * (2 ms instead of 0.02 for 128 MNIST images).
     */
    public static boolean direct(INDArray array) {
        if (array.dataType() != DataType.FLOAT) {
            return false;
        }
        long[] shape = array.shape();
        long[] stride = array.stride();
        long expected = 1;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            if (shape[axis] != 1 && stride[axis] != expected) {
                return false;
            }
            expected *= shape[axis];
        }
        return true;
    }

    /**
     * A buffer over the values of a {@link #direct} array positioned at its first value, for absolute bulk
     * {@code get}/{@code put} at {@code position() + index}; making one costs about a microsecond, so callers
     * copying many ranges make it once. Valid while the array lives.
     */
    public static FloatBuffer floats(INDArray array) {
        if (!direct(array)) {
            throw new IllegalArgumentException("not a contiguous float array");
        }
        return floatsOf(array).position((int) array.offset());
    }

    /** The whole buffer under {@code array} (from its buffer's first value, not the array's offset). */
    private static FloatBuffer floatsOf(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
