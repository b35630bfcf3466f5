package dev.neurite.engine.loss;

import dev.neurite.settings.Loss;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LossFunctionTest {

    private static final double[] PREDICTIONS = {0.7, 0.2, 0.1, 0.25, 0.25, 0.5};
    private static final double[] ONE_HOT = {1, 0, 0, 0, 0, 1};

    @ParameterizedTest
    @EnumSource(Loss.class)
    void gradientMatchesFiniteDifferences(Loss loss) {
        LossFunction function = LossFunction.of(loss);
        double[] gradient = new double[PREDICTIONS.length];
        function.compute(PREDICTIONS, ONE_HOT, 3, gradient);
        for (int i = 0; i < PREDICTIONS.length; i++) {
            double[] plus = PREDICTIONS.clone();
            double[] minus = PREDICTIONS.clone();
            plus[i] += 1e-6;
            minus[i] -= 1e-6;
            double numeric = (function.compute(plus, ONE_HOT, 3, null) - function.compute(minus, ONE_HOT, 3, null))
                    / 2e-6;
            assertEquals(numeric, gradient[i], 1e-6, loss + " at " + i);
        }
    }

    @Test
    void categoricalCrossentropyIsMeanNegativeLogOfTrueClass() {
        double value = LossFunction.of(Loss.CATEGORICAL_CROSSENTROPY).compute(PREDICTIONS, ONE_HOT, 3, null);
        assertEquals(-(Math.log(0.7) + Math.log(0.5)) / 2, value, 1e-12);
    }

    @Test
    void crossentropyClipsZeroProbabilityLikeKeras() {
        double value = LossFunction.of(Loss.CATEGORICAL_CROSSENTROPY)
                .compute(new double[]{0, 1}, new double[]{1, 0}, 2, null);
        assertEquals(-Math.log(1e-7), value, 1e-9);
    }

    @Test
    void binaryCrossentropyAveragesOverOutputsAndBatch() {
        double value = LossFunction.of(Loss.BINARY_CROSSENTROPY)
                .compute(new double[]{0.9, 0.2}, new double[]{1, 0}, 1, null);
        assertEquals(-(Math.log(0.9) + Math.log(0.8)) / 2, value, 1e-12);
    }

    @Test
    void meanSquaredAndAbsoluteErrorsAverageOverEveryValue() {
        double[] p = {1, 2, 3, 4};
        double[] y = {0, 2, 5, 4};
        assertEquals(5.0 / 4, LossFunction.of(Loss.MEAN_SQUARED_ERROR).compute(p, y, 2, null), 1e-12);
        assertEquals(3.0 / 4, LossFunction.of(Loss.MEAN_ABSOLUTE_ERROR).compute(p, y, 2, null), 1e-12);
    }
}
