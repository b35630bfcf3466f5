package dev.neurite.format;

import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.Flatten;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.layers.UpSampling2D;
import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** UpSampling2D in the model file: Keras's argument forms, and the interpolation Neurite does not compute refused. */
class UpSampling2DFileTest {

    private static String file(UpSampling2D layer) {
        ModelGraph graph = ModelGraph.sequential(new InputLayer(TensorShape.of(4, 4, 1)), layer, new Flatten());
        return ModelFileFormat.write(new ModelDefinition(graph, CompileSettings.defaults(), FitSettings.defaults(),
                null));
    }

    private static UpSampling2D layerOf(ModelDefinition model) {
        return (UpSampling2D) model.graph().nodes().stream().filter(n -> n.layer() instanceof UpSampling2D)
                .findFirst().orElseThrow().layer();
    }

    @Test
    void sizeAsOneIntegerIsSquareAsInKeras() {
        String edited = file(UpSampling2D.of(new Dims2D(2, 3))).replaceAll("\"size\"\\s*:\\s*\\[[^\\]]*\\]",
                "\"size\": 3");
        assertEquals(UpSampling2D.of(Dims2D.square(3)), layerOf(ModelFileFormat.read(edited, "m.json")));
    }

    @Test
    void missingArgumentsTakeKerassDefaults() {
        String edited = file(UpSampling2D.of(new Dims2D(2, 3))).replaceAll("\"size\"\\s*:\\s*\\[[^\\]]*\\]\\s*,", "")
                .replaceAll(",?\\s*\"interpolation\"\\s*:\\s*\"nearest\"", "");
        assertEquals(UpSampling2D.of(Dims2D.square(2)), layerOf(ModelFileFormat.read(edited, "m.json")));
    }

    @Test
    void bilinearInterpolationIsRefusedNamingTheArgument() {
        String edited = file(UpSampling2D.of(Dims2D.square(2))).replace("\"nearest\"", "\"bilinear\"");
        ModelFormatException problem = assertThrows(ModelFormatException.class,
                () -> ModelFileFormat.read(edited, "m.json"));
        assertTrue(problem.getMessage().contains("interpolation must be 'nearest'"), problem.getMessage());
    }
}
