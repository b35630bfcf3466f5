package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bulk copies read and write exactly the array's own values, also for ND4J's views and non-contiguous arrays. */
class HostArraysTest {

    @Test
    void reshapedArraysAndRowRangesAreCopiedInBulkFromTheirOwnOffset() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 6, 4);
        INDArray rows = x.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all());
        for (INDArray array : new INDArray[]{x, x.reshape(24), x.reshape(3, 8), rows, rows.reshape(12)}) {
            assertTrue(HostArrays.direct(array), "direct: " + array.shapeInfoToString());
            float[] host = new float[(int) array.length()];
            HostArrays.read(array, host);
            assertArrayEquals(array.dup('c').reshape(array.length()).toFloatVector(), host, 0f);
        }
        float[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        INDArray before = x.dup();
        HostArrays.write(ones, rows.reshape(12));
        assertArrayEquals(ones, x.get(NDArrayIndex.interval(2, 5), NDArrayIndex.all()).dup().reshape(12)
                .toFloatVector(), 0f);
        assertArrayEquals(before.getRow(1).toFloatVector(), x.getRow(1).toFloatVector(), 0f);
        assertArrayEquals(before.getRow(5).toFloatVector(), x.getRow(5).toFloatVector(), 0f);
    }

    @Test
    void imagesWithOneChannelAreCopiedInBulk() {
        INDArray images = Nd4j.rand(DataType.FLOAT, 4, 5, 3, 1);
        INDArray column = Nd4j.rand(DataType.FLOAT, 7, 1);
        for (INDArray array : new INDArray[]{images, column, images.reshape(4, 15, 1)}) {
            assertTrue(HostArrays.direct(array), "direct: " + array.shapeInfoToString());
            float[] host = new float[(int) array.length()];
            HostArrays.read(array, host);
            assertArrayEquals(array.dup('c').reshape(array.length()).toFloatVector(), host, 0f);
        }
    }

    @Test
    void columnsTransposesAndDoublesTakeTheConvertingPath() {
        INDArray x = Nd4j.rand(DataType.FLOAT, 5, 3);
        INDArray column = x.getColumn(1);
        INDArray transposed = x.transpose();
        INDArray doubles = x.castTo(DataType.DOUBLE);
        for (INDArray array : new INDArray[]{column, transposed, doubles}) {
            assertFalse(HostArrays.direct(array), "not direct: " + array.shapeInfoToString());
            float[] host = new float[(int) array.length()];
            HostArrays.read(array, host);
            assertArrayEquals(array.dup('c').castTo(DataType.FLOAT).reshape(array.length()).toFloatVector(), host,
                    0f);
        }
        float[] values = {1, 2, 3, 4, 5};
        HostArrays.write(values, column);
        assertArrayEquals(values, x.getColumn(1).dup().toFloatVector(), 0f);
    }
}
