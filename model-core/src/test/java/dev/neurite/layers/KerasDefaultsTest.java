package dev.neurite.layers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Keras's defaults as each layer type's registry entry gives them, for the inspector. */
class KerasDefaultsTest {

    @Test
    void conv2DRequiresFiltersAndKernelSizeAndDefaultsTheRestAsKeras() {
        Map<String, String> defaults = KerasDefaults.of(LayerType.CONV2D);
        assertEquals(KerasDefaults.REQUIRED, defaults.get("filters"));
        assertEquals(KerasDefaults.REQUIRED, defaults.get("kernel_size"));
        assertEquals("(1, 1)", defaults.get("strides"));
        assertEquals("'valid'", defaults.get("padding"));
        assertEquals("'linear'", defaults.get("activation"));
        assertEquals("True", defaults.get("use_bias"));
        assertEquals("'glorot_uniform'", defaults.get("kernel_initializer"));
        assertEquals("None", defaults.get("kernel_regularizer"));
    }

    @Test
    void upSampling2DDefaultsToTwiceTheSizeByNearest() {
        assertEquals(Map.of("size", "(2, 2)", "interpolation", "'nearest'"), KerasDefaults.of(LayerType.UP_SAMPLING2D));
    }

    @Test
    void aTypeThatCannotBeBuiltWithoutItsRequiredArgumentStillNamesIt() {
        assertEquals(Map.of("target_shape", KerasDefaults.REQUIRED), KerasDefaults.of(LayerType.RESHAPE));
    }

    @ParameterizedTest
    @EnumSource(LayerType.class)
    void everyTypeWithArgumentsHasDefaultsOrRequiredOnes(LayerType type) {
        Map<String, String> defaults = KerasDefaults.of(type);
        assertNotNull(defaults);
        if (type != LayerType.FLATTEN && type != LayerType.ADD) {
            assertFalse(defaults.isEmpty(), type.toString());
        }
    }
}
