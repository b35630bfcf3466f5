package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.layers.LayerConfigException;
import dev.neurite.settings.Augmentation;
import dev.neurite.settings.CompileSettings;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.Optimizer;
import dev.neurite.settings.PixelScaling;
import dev.neurite.settings.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelFileFormatTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = ModelFileFormatTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The golden file {@code name} with the first {@code find} replaced, which must be there. */
    private static String editedGolden(String name, String find, String replace) throws IOException {
        String original = golden(name);
        assertTrue(original.contains(find), "fixture contains " + find);
        return original.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace));
    }

    @Test
    void everyLayerTypeSurvivesARoundTrip() {
        ModelDefinition model = ModelFixtures.everyLayer();
        ModelDefinition read = ModelFileFormat.read(ModelFileFormat.write(model), "test");
        assertEquals(model, read);
        assertEquals(model.graph().analyze().totalParameters(), read.graph().analyze().totalParameters());
    }

    @Test
    void everyOptimizerAndValidationSurvivesARoundTrip() {
        for (Optimizer optimizer : List.of(new Optimizer.Sgd(), new Optimizer.RmsProp(0.01, 0.8, 0.1, 1e-6),
                new Optimizer.Adam(0.002, 0.8, 0.99, 1e-8, true), new Optimizer.Adagrad(0.1, 0.2, 1e-6))) {
            for (Validation validation : List.of(new Validation.None(), new Validation.TestSet(),
                    new Validation.Split(0.25))) {
                ModelDefinition model = Templates.get("logistic")
                        .withCompile(CompileSettings.defaults().withOptimizer(optimizer))
                        .withFit(FitSettings.defaults().withValidation(validation));
                assertEquals(model, ModelFileFormat.read(ModelFileFormat.write(model), "test"));
            }
        }
    }

    @Test
    void pixelScalingAndAugmentationSurviveARoundTrip() {
        for (PixelScaling scaling : PixelScaling.values()) {
            for (Augmentation augmentation : List.of(Augmentation.NONE, new Augmentation(12.5, 0.2, 0, 0.15),
                    new Augmentation(0, 0, 0.05, 0))) {
                ModelDefinition model = Templates.get("quick-cnn").withFit(FitSettings.defaults()
                        .withPixelScaling(scaling).withAugmentation(augmentation));
                assertEquals(model, ModelFileFormat.read(ModelFileFormat.write(model), "test"));
            }
        }
    }

    @Test
    void defaultPreprocessingIsLeftOutOfTheFile() {
        String json = ModelFileFormat.write(Templates.get("mnist-mlp"));
        assertFalse(json.contains("pixel_scaling"), json);
        assertFalse(json.contains("augmentation"), json);
    }

    @Test
    void goldenPreprocessingFileReadsAndWritesStably() throws IOException {
        ModelDefinition template = Templates.get("mnist-mlp");
        ModelDefinition expected = template.withFit(template.fit().withPixelScaling(PixelScaling.STANDARDIZE)
                .withAugmentation(new Augmentation(10, 0.1, 0.1, 0.1)));
        assertEquals(expected, ModelFileFormat.read(golden("mnist-mlp-preprocessing-v1.json"), "golden"));
        assertEquals(golden("mnist-mlp-preprocessing-v1.json"), ModelFileFormat.write(expected));
    }

    @Test
    void filesWithoutPreprocessingReadWithTheDefaults() throws IOException {
        FitSettings fit = ModelFileFormat.read(golden("mnist-mlp-v1.json"), "golden").fit();
        assertEquals(PixelScaling.RESCALE, fit.pixelScaling());
        assertEquals(Augmentation.NONE, fit.augmentation());
        String partial = golden("mnist-mlp-preprocessing-v1.json").replace("\"rotation_range\" : 10.0,", "");
        assertEquals(new Augmentation(0, 0.1, 0.1, 0.1), ModelFileFormat.read(partial, "m.json").fit().augmentation());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown scaling   | \"standardize\"                  | \"normalize\"                    | m.json.fit.pixel_scaling must be rescale or standardize; got 'normalize'",
            "scaling not text  | \"standardize\"                  | 1                                | m.json.fit.pixel_scaling must be a string",
            "rotation too big  | \"rotation_range\" : 10.0        | \"rotation_range\" : 200         | m.json.fit.augmentation.rotation_range must be in [0, 180] degrees; got 200.0",
            "negative shift    | \"width_shift_range\" : 0.1      | \"width_shift_range\" : -0.1     | m.json.fit.augmentation.width_shift_range must be in [0, 1); got -0.1",
            "whole-image shift | \"height_shift_range\" : 0.1     | \"height_shift_range\" : 1       | m.json.fit.augmentation.height_shift_range must be in [0, 1); got 1.0",
            "zoom as text      | \"zoom_range\" : 0.1             | \"zoom_range\" : \"0.1\"         | m.json.fit.augmentation.zoom_range must be a number",
            "unknown argument  | \"zoom_range\" : 0.1             | \"zoom_range\" : 0.1, \"shear_range\" : 5 | m.json.fit.augmentation has an unknown field 'shear_range'",
            "not an object     | \"augmentation\" : {             | \"augmentation\" : 3, \"x\" : {    | m.json.fit.augmentation must be a JSON object",
    })
    void refusesBadPreprocessingNamingTheField(String what, String find, String replace, String message)
            throws IOException {
        String edited = editedGolden("mnist-mlp-preprocessing-v1.json", find, replace);
        ModelFormatException problem = assertThrows(ModelFormatException.class,
                () -> ModelFileFormat.read(edited, "m.json"));
        assertTrue(problem.getMessage().contains(message), what + ": " + problem.getMessage());
    }

    @Test
    void goldenVersionOneFilesKeepLoading() throws IOException {
        assertEquals(ModelFixtures.everyLayer(), ModelFileFormat.read(golden("every-layer-v1.json"), "golden"));
        assertEquals(Templates.get("mnist-mlp"), ModelFileFormat.read(golden("mnist-mlp-v1.json"), "golden"));
    }

    @Test
    void writingIsStableAgainstTheGoldenFile() throws IOException {
        assertEquals(golden("every-layer-v1.json"), ModelFileFormat.write(ModelFixtures.everyLayer()));
    }

    @Test
    void savedFileReadsBack(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("model.json");
        ModelFileFormat.write(Templates.get("vgg-cnn"), file);
        assertEquals(Templates.get("vgg-cnn"), ModelFileFormat.read(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary files are left behind");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown type      | \"class_name\" : \"Dense\"          | \"class_name\" : \"Lambda\"          | unknown type 'Lambda'",
            "newer version     | \"format_version\" : 1             | \"format_version\" : 9             | Update Neurite",
            "older version     | \"format_version\" : 1             | \"format_version\" : 0             | format version 0",
            "unknown argument  | \"units\" : 512                    | \"units\" : 512, \"evil\" : 1        | unknown field 'evil'",
            "string for int    | \"units\" : 512                    | \"units\" : \"512\"                 | units must be an integer",
            "fraction for int  | \"units\" : 512                    | \"units\" : 5.5                   | units must be an integer",
            "bad activation    | \"activation\" : \"relu\"           | \"activation\" : \"relux\"          | activation 'relux'",
            "bad argument      | \"units\" : 512                    | \"units\" : -3                    | Dense units in layer 'dense'",
            "dangling inbound  | \"inbound\" : [ \"dense\" ]         | \"inbound\" : [ \"ghost\" ]         | 'ghost', which is not in the model",
            "duplicate name    | \"name\" : \"dense_1\"              | \"name\" : \"dense\"                | Two layers are named 'dense'",
            "path-like name    | \"name\" : \"dense_1\"              | \"name\" : \"../x\"                 | Layer names must be",
            "bad loss          | \"categorical_crossentropy\"      | \"hinge\"                        | loss 'hinge'",
            "bad optimizer     | \"RMSprop\"                       | \"Nadam\"                        | 'Nadam' is not one of",
            "bad batch size    | \"batch_size\" : 100               | \"batch_size\" : 0                | batch_size must be a positive integer",
            "not a model       | \"neurite-model\"                 | \"keras\"                        | not a Neurite model file",
            "duplicate key     | \"units\" : 512                    | \"units\" : 512, \"units\" : 3       | Duplicate field",
    })
    void refusesHostileEditsWithAClearMessage(String what, String find, String replace, String message)
            throws IOException {
        String edited = editedGolden("mnist-mlp-v1.json", find, replace);
        RuntimeException problem = assertThrows(RuntimeException.class, () -> ModelFileFormat.read(edited, "m.json"));
        assertTrue(problem instanceof ModelFormatException || problem instanceof LayerConfigException,
                problem.toString());
        assertTrue(problem.getMessage().contains(message), what + ": " + problem.getMessage());
    }

    @Test
    void refusesMalformedJson() {
        ModelFormatException problem = assertThrows(ModelFormatException.class,
                () -> ModelFileFormat.read("{\"format\": ", "m.json"));
        assertTrue(problem.getMessage().startsWith("m.json is not valid JSON"), problem.getMessage());
    }

    @Test
    void refusesDeepNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThrows(ModelFormatException.class, () -> ModelFileFormat.read(deep, "m.json"));
    }

    @Test
    void refusesAMissingFileWithItsName(@TempDir Path dir) {
        ModelFormatException problem = assertThrows(ModelFormatException.class,
                () -> ModelFileFormat.read(dir.resolve("nope.json")));
        assertTrue(problem.getMessage().contains("nope.json"));
    }

    @Test
    void refusesOversizedFilesBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[(int) ModelFileFormat.MAX_BYTES + 1]);
        }
        ModelFormatException problem = assertThrows(ModelFormatException.class, () -> ModelFileFormat.read(big));
        assertTrue(problem.getMessage().contains("at most"), problem.getMessage());
    }
}
