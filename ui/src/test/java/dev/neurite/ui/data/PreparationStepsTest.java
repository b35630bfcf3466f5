package dev.neurite.ui.data;

import dev.neurite.data.DataSources;
import dev.neurite.data.TrainTestSets;
import dev.neurite.model.ModelDefinition;
import dev.neurite.format.Templates;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreparationStepsTest {

    private static final TrainTestSets DIGITS = DataSources.resolve("digits");

    private static List<String> code(ModelDefinition model) {
        return PreparationSteps.of(DataOverview.of("digits", DIGITS, model)).stream()
                .map(PreparationSteps.Step::code).toList();
    }

    @Test
    void theDefaultsAreTheLessonsRescaleReshapeToCategoricalAndValidationSplit() {
        ModelDefinition cnn = Templates.get("quick-cnn");
        ModelDefinition model = cnn.withFit(cnn.fit().withValidation(new Validation.Split(0.1))
                .withAugmentation(Augmentation.NONE).withPixelScaling(PixelScaling.RESCALE));
        assertEquals(List.of("x = x.astype('float32') / 255", "x_train = x_train.reshape(4000, 28, 28, 1)",
                "y = to_categorical(y, 10)", "# no augmentation", "model.fit(..., validation_split=0.1)"),
                code(model));
    }

    @Test
    void standardisingAndAugmentingAreWrittenWithTheirNumbers() {
        ModelDefinition mlp = Templates.get("mnist-mlp");
        List<String> code = code(mlp.withFit(mlp.fit().withPixelScaling(PixelScaling.STANDARDIZE)
                .withAugmentation(new Augmentation(10, 0.1, 0, 0.05)).withValidation(new Validation.TestSet())));
        assertTrue(code.get(0).matches("x = \\(x / 255 - 0\\.\\d+\\) / 0\\.\\d+"), code.get(0));
        assertEquals("x_train = x_train.reshape(4000, 784)", code.get(1));
        assertEquals("ImageDataGenerator(rotation_range=10, width_shift_range=0.1, zoom_range=0.05)", code.get(3));
        assertEquals("model.fit(..., validation_data=(x_test, y_test))", code.get(4));
    }

    @Test
    void idxFilesPickedTogetherAreOrderedAsTrainingAndTestImagesAndLabels() {
        List<Path> picked = List.of(Path.of("t10k-labels-idx1-ubyte.gz"), Path.of("train-images-idx3-ubyte.gz"),
                Path.of("t10k-images-idx3-ubyte.gz"), Path.of("train-labels-idx1-ubyte.gz"));
        assertEquals("train-images-idx3-ubyte.gz,train-labels-idx1-ubyte.gz,t10k-images-idx3-ubyte.gz,"
                + "t10k-labels-idx1-ubyte.gz", IdxSelection.spec(picked).orElseThrow());
        assertEquals("my-images,my-labels", IdxSelection.spec(List.of(Path.of("my-labels"), Path.of("my-images")))
                .orElseThrow());
        assertTrue(IdxSelection.spec(List.of(Path.of("a"), Path.of("b"))).isEmpty(), "names that say nothing");
        assertTrue(IdxSelection.spec(List.of(Path.of("train-images-idx3-ubyte"))).isEmpty(), "labels missing");
    }
}
