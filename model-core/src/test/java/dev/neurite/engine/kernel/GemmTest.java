package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which products run on every thread, per libnd4j build, and that both paths multiply alike, for every transposition,
 * call after call (the op contexts are reused).
 */
class GemmTest {

    @Test
    void theAvx512BuildKeepsProductsUnder100MflopOnOneThreadTheOthersUnder10() {
        assertEquals(1e8, Gemm.parallelFlops("-onednn-avx512"));
        assertEquals(1e7, Gemm.parallelFlops("-onednn-avx2"));
        assertEquals(1e7, Gemm.parallelFlops("-onednn"));
        assertEquals(1e7, Gemm.parallelFlops(""));
    }

    @Test
    void smallAndLargeProductsMatchNd4jsGemm() {
        for (int n : new int[]{8, 400}) {
            INDArray a = Nd4j.rand(DataType.FLOAT, 300, n);
            INDArray b = Nd4j.rand(DataType.FLOAT, 300, 200);
            INDArray c = Nd4j.create(DataType.FLOAT, n, 200);
            Gemm.multiply(a, b, c, true, false);
            assertArrayEquals(a.transpose().mmul(b).reshape(-1).toFloatVector(), c.reshape(-1).toFloatVector(), 1e-3f);
        }
    }

    @Test
    void everyTranspositionOfFloatsAndDoublesMatchesMmulCallAfterCall() {
        for (DataType type : new DataType[]{DataType.FLOAT, DataType.DOUBLE}) {
            for (boolean transposeA : new boolean[]{false, true}) {
                for (boolean transposeB : new boolean[]{false, true}) {
                    for (int rows : new int[]{5, 3}) {
                        INDArray a = Nd4j.rand(type, transposeA ? new long[]{7, rows} : new long[]{rows, 7});
                        INDArray b = transposeB ? Nd4j.rand(type, 8, 7) : Nd4j.rand(type, 2, 28).reshape(7, 8);
                        INDArray c = Nd4j.create(type, rows, 8);
                        Gemm.multiply(a, b, c, transposeA, transposeB);
                        INDArray expected = (transposeA ? a.transpose() : a).mmul(transposeB ? b.transpose() : b);
                        assertArrayEquals(expected.reshape(-1).toDoubleVector(), c.reshape(-1).toDoubleVector(),
                                1e-5, type + " " + transposeA + " " + transposeB + " rows " + rows);
                    }
                }
            }
        }
    }
}
