package dev.neurite.engine.optim;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.floating.Sqrt;
import org.nd4j.linalg.factory.Nd4j;

/** In-place vector helpers for the updaters; allocate nothing. */
final class Blas {

    private Blas() {
    }

    /** {@code y += alpha * x}. */
    static void axpy(double alpha, INDArray x, INDArray y) {
        Nd4j.getBlasWrapper().level1().axpy(x.length(), alpha, x, y);
    }

    /** {@code target = sqrt(source)}. */
    static void sqrt(INDArray source, INDArray target) {
        Nd4j.exec(new Sqrt(source, target));
    }
}
