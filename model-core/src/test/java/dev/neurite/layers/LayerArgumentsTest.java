package dev.neurite.layers;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Arguments are validated on construction with messages that name the layer, the argument and the value. */
class LayerArgumentsTest {

    @Test
    void dropoutRateMessageNamesLayerArgumentRangeAndValue() {
        LayerConfigException problem = assertThrows(LayerConfigException.class, () -> new Dropout(1.5));
        assertEquals("Dropout rate in layer 'dropout_1' must be in [0, 1); got 1.5",
                problem.inLayer("dropout_1").getMessage());
        assertEquals("rate", problem.argument());
    }

    @Test
    void denseRefusesNonPositiveUnits() {
        LayerConfigException problem = assertThrows(LayerConfigException.class, () -> new Dense(0));
        assertEquals("Dense units must be a positive integer; got 0", problem.getMessage());
    }

    @Test
    void convRefusesStridesWithDilation() {
        assertThrows(LayerConfigException.class, () -> new Conv2D(8, Dims2D.square(3), Dims2D.square(2),
                Padding.VALID, Dims2D.square(2), ActivationFunction.RELU, true, Initializer.GLOROT_UNIFORM,
                Initializer.ZEROS, null, null));
    }

    @Test
    void convRefusesZeroKernel() {
        LayerConfigException problem = assertThrows(LayerConfigException.class,
                () -> new Conv2D(8, new Dims2D(0, 3)));
        assertEquals("Conv2D kernel_size must be positive integers; got (0, 3)", problem.getMessage());
    }

    @Test
    void reshapeRefusesTwoUnknownDimensions() {
        assertThrows(LayerConfigException.class, () -> new Reshape(List.of(-1, -1)));
    }

    @Test
    void poolingRefusesZeroStride() {
        assertThrows(LayerConfigException.class,
                () -> new MaxPooling2D(Dims2D.square(2), new Dims2D(0, 1), Padding.VALID));
    }

    @Test
    void batchNormalizationRefusesMomentumOfOne() {
        assertThrows(LayerConfigException.class, () -> new BatchNormalization(-1, 1.0, 1e-3, true, true));
    }

    @Test
    void normalizationNeedsMeanAndVarianceTogether() {
        assertThrows(LayerConfigException.class, () -> new Normalization(-1, List.of(0.5), null));
        assertThrows(LayerConfigException.class, () -> new Normalization(-1, List.of(0.5), List.of(-1.0)));
    }

    @Test
    void regularizerRefusesNegativeFactors() {
        assertThrows(IllegalArgumentException.class, () -> Regularizer.l2(-0.1));
    }

    @Test
    void everyTypeHasAValidDefault() {
        for (LayerType type : LayerType.values()) {
            assertEquals(type, type.createDefault().type());
        }
    }
}
