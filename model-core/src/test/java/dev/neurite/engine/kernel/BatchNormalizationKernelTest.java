package dev.neurite.engine.kernel;

import dev.neurite.engine.Parameter;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchNormalizationKernelTest {

    private static BatchNormalizationKernel kernel(boolean center, boolean scale) {
        return new BatchNormalizationKernel(
                scale ? GradientCheck.parameter("gamma", 1, 3) : null,
                center ? GradientCheck.parameter("beta", 2, 3) : null,
                Parameter.frozen("layer", "moving_mean", Nd4j.zeros(DataType.DOUBLE, 3)),
                Parameter.frozen("layer", "moving_variance", Nd4j.ones(DataType.DOUBLE, 3)),
                0.99, 1e-3);
    }

    @Test
    void trainingBackwardMatchesFiniteDifferencesThroughBatchStatistics() {
        GradientCheck.of(kernel(true, true)).check(GradientCheck.random(4, 2, 3, 2, 3));
    }

    @Test
    void inferenceBackwardMatchesFiniteDifferences() {
        GradientCheck.inference(kernel(true, true)).check(GradientCheck.random(4, 5, 3));
    }

    @Test
    void backwardWithoutScaleAndCenterMatchesFiniteDifferences() {
        GradientCheck.of(kernel(false, false)).check(GradientCheck.random(4, 5, 3));
    }

    @Test
    void trainingMovesMovingStatisticsByOneMinusMomentum() {
        BatchNormalizationKernel bn = kernel(true, true);
        INDArray x = GradientCheck.random(4, 6, 3);
        bn.forward(List.of(x), true);
        INDArray movingMean = bn.parameters().get(2).value();
        INDArray movingVariance = bn.parameters().get(3).value();
        assertEquals(0.01 * x.getColumn(0).meanNumber().doubleValue(), movingMean.getDouble(0), 1e-12);
        assertEquals(0.99 + 0.01 * x.getColumn(1).varNumber().doubleValue() * 5 / 6,
                movingVariance.getDouble(1), 1e-12);
    }

    @Test
    void inferenceUsesMovingStatistics() {
        BatchNormalizationKernel bn = kernel(false, false);
        INDArray x = GradientCheck.random(4, 6, 3);
        INDArray y = bn.forward(List.of(x), false);
        assertEquals(0, y.sub(x.div(Math.sqrt(1 + 1e-3))).norm2Number().doubleValue(), 1e-12);
    }
}
