package dev.neurite.export;

import dev.neurite.format.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.NeuriteException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KerasExporterTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = KerasExporterTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void chainExportsAsSequentialScript() throws IOException {
        assertEquals(golden("mnist-mlp-keras.py"), KerasExporter.export(Templates.get("mnist-mlp"), "mnist"));
    }

    @Test
    void graphExportsWithTheFunctionalApi() throws IOException {
        ModelDefinition model = ModelFileFormat.read(golden("every-layer-v1.json"), "golden");
        assertEquals(golden("every-layer-keras.py"), KerasExporter.export(model, "fashion-mnist"));
    }

    @Test
    void adaptedNormalizationIsAdaptedOnTheTrainingImages() {
        String script = KerasExporter.export(Templates.get("vgg-cnn"), "mnist");
        assertTrue(script.contains("model.get_layer(\"normalization\").adapt(x_train)"), script);
        assertTrue(script.contains("optimizer=keras.optimizers.SGD(learning_rate=0.01"), script);
        assertTrue(script.contains("validation_data=(x_test, y_test)"), script);
    }

    @Test
    void modelWithErrorsIsNotExported() {
        ModelGraph broken = ModelGraph.sequential(new InputLayer(TensorShape.of(28, 28, 1)),
                new Conv2D(4, Dims2D.square(3)), new Dense(10));
        ModelDefinition model = Templates.get("mnist-mlp").withGraph(broken);
        NeuriteException problem = assertThrows(NeuriteException.class, () -> KerasExporter.export(model, "mnist"));
        assertTrue(problem.getMessage().contains("Flatten"), problem.getMessage());
    }
}
