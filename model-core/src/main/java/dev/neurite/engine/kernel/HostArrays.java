package dev.neurite.engine.kernel;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Bulk copies between float arrays in native memory and Java {@code float[]}, for kernels that do their elementwise
 * work in Java loops: one {@code memcpy}-like transfer each way instead of one libnd4j call per elementwise op
 * (measured: 400k floats in ~30 us, where each small libnd4j op costs 25-150 us however small). Arrays in the
 * elements' logical c order; a dense c-order array is copied directly, any other (a view with an offset or strides)
 * through a copy. Stateless; callable from any thread with arrays that thread owns.
 */
final class HostArrays {

    /** The one element type these copies handle. */
    static final DataType FLOAT = DataType.FLOAT;

    private HostArrays() {
    }

    /** Whether {@code array} is a float array whose elements lie in c order from the start of its buffer. */
    static boolean dense(INDArray array) {
        return array.dataType() == DataType.FLOAT && array.ordering() == 'c' && array.offset() == 0
                && Shape.hasDefaultStridesForShape(array) && array.data().length() >= array.length();
    }

    /** {@code current} when it holds at least {@code length} floats, otherwise a new array of that length. */
    static float[] atLeast(float[] current, long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("Too large for a Java array: " + length + " floats");
        }
        return current != null && current.length >= length ? current : new float[(int) length];
    }

    /** Copies the elements of the float array {@code source} into {@code target[0, length)}; returns target. */
    static float[] read(INDArray source, float[] target) {
        INDArray dense = dense(source) ? source : source.castTo(DataType.FLOAT).dup('c');
        buffer(dense).get(0, target, 0, (int) dense.length());
        return target;
    }

    /** Copies {@code source[0, length)} into the float array {@code target} (all its elements, in c order). */
    static void write(float[] source, INDArray target) {
        if (dense(target)) {
            buffer(target).put(0, source, 0, (int) target.length());
        } else {
            INDArray copy = Nd4j.createUninitialized(DataType.FLOAT, target.shape(), 'c');
            buffer(copy).put(0, source, 0, (int) target.length());
            target.assign(copy);
        }
    }

    private static FloatBuffer buffer(INDArray array) {
        return array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
    }
}
