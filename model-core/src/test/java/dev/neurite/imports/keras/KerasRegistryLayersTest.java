package dev.neurite.imports.keras;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.LayerConfig;
import dev.neurite.layers.LayerType;
import dev.neurite.layers.UpSampling2D;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Layer types without Keras-specific import code are read from Keras's config by their own registry entry. */
class KerasRegistryLayersTest {

    private static LayerConfig map(String className, String config) throws Exception {
        return KerasLayers.map("layer", className, new ObjectMapper().readTree(config), "model.keras",
                new ArrayList<>());
    }

    @Test
    void keras3UpSampling2DIsImportedWithItsSize() throws Exception {
        LayerConfig layer = map("UpSampling2D", "{\"name\": \"up_sampling2d\", \"trainable\": true, \"dtype\": "
                + "\"float32\", \"size\": [2, 3], \"data_format\": \"channels_last\", \"interpolation\": \"nearest\"}");
        assertEquals(UpSampling2D.of(new Dims2D(2, 3)), layer);
    }

    @Test
    void bilinearUpSamplingIsRefused() {
        KerasImportException problem = assertThrows(KerasImportException.class,
                () -> map("UpSampling2D", "{\"size\": 2, \"interpolation\": \"bilinear\"}"));
        assertTrue(problem.getMessage().contains("interpolation"), problem.getMessage());
    }

    @Test
    void theRefusalOfAnUnknownClassListsEveryLayerType() {
        KerasImportException problem = assertThrows(KerasImportException.class, () -> map("LSTM", "{}"));
        for (LayerType type : List.of(LayerType.values())) {
            assertTrue(problem.getMessage().contains(type.kerasClassName()), problem.getMessage());
        }
    }
}
