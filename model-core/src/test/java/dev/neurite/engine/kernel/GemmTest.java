package dev.neurite.engine.kernel;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which products run on every thread, per libnd4j build, and that both paths multiply alike. */
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
}
