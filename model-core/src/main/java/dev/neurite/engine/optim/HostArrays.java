package dev.neurite.engine.optim;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.ByteOrder;

/**
 * Copies between contiguous native arrays and Java float arrays in bulk. The updaters compute on the Java side because
 * libnd4j's elementwise square root is not vectorised (1.5 ms for 400k floats, more than the whole gemm of an MLP
 * batch) while one fused Java loop over float arrays is memory-bound and fast. Double arrays (gradient checks) go
 * through a slower converting path. Stateless.
 */
final class HostArrays {

    private HostArrays() {
    }

    /** Reads {@code array} (c-order) into {@code target}. */
    static void read(INDArray array, float[] target) {
        if (direct(array)) {
            array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().get(target, 0, target.length);
        } else {
            float[] values = array.castTo(DataType.FLOAT).reshape(array.length()).toFloatVector();
            System.arraycopy(values, 0, target, 0, target.length);
        }
    }

    /** Writes {@code source} into {@code array} (c-order). */
    static void write(float[] source, INDArray array) {
        if (direct(array)) {
            array.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().put(source, 0, source.length);
        } else {
            array.assign(org.nd4j.linalg.factory.Nd4j.createFromArray(source).reshape(array.shape())
                    .castTo(array.dataType()));
        }
    }

    private static boolean direct(INDArray array) {
        return array.dataType() == DataType.FLOAT && array.offset() == 0 && !array.isView();
    }
}
