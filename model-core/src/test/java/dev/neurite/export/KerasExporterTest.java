package dev.neurite.export;

import dev.neurite.model.ModelDefinition;
import dev.neurite.format.ModelFileFormat;
import dev.neurite.format.Templates;
import dev.neurite.graph.ModelGraph;
import dev.neurite.layers.Conv2D;
import dev.neurite.layers.Dense;
import dev.neurite.layers.Dims2D;
import dev.neurite.layers.InputLayer;
import dev.neurite.layers.TensorShape;
import dev.neurite.NeuriteException;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void normalizationIsAdaptedWithoutTheValidationSplit() {
        var vgg = Templates.get("vgg-cnn");
        var split = vgg.withFit(vgg.fit().withValidation(new dev.neurite.settings.Validation.Split(0.1)));
        String script = KerasExporter.export(split, "mnist");
        assertTrue(script.contains("model.get_layer(\"normalization\").adapt(x_train[:int(len(x_train) * (1 - 0.1))])"),
                script);
    }

    @Test
    void standardizingUsesTheTrainingPartsStatisticsAndAugmentationIsNamed() {
        ModelDefinition template = Templates.get("quick-cnn");
        ModelDefinition model = template.withFit(template.fit().withValidation(new Validation.Split(0.2))
                .withPixelScaling(PixelScaling.STANDARDIZE).withAugmentation(new Augmentation(10, 0.1, 0.05, 0.2)));
        String script = KerasExporter.export(model, "mnist");
        assertTrue(script.contains("mean, std = x_train[:int(len(x_train) * (1 - 0.2))].mean(), "
                + "x_train[:int(len(x_train) * (1 - 0.2))].std()\n"
                + "x_train = (x_train - mean) / std\n"
                + "x_test = (x_test - mean) / std\n"), script);
        assertTrue(script.indexOf("x_train = (x_train - mean)") < script.indexOf("model.fit("), script);
        assertTrue(script.contains("# ImageDataGenerator(rotation_range=10.0, width_shift_range=0.1, "
                + "height_shift_range=0.05, zoom_range=0.2, fill_mode=\"constant\")"), script);
        String plain = KerasExporter.export(template, "mnist");
        assertFalse(plain.contains("std"), plain);
        assertFalse(plain.contains("ImageDataGenerator"), plain);
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
