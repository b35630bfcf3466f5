package dev.neurite.format;

import dev.neurite.model.ModelDefinition;
import dev.neurite.settings.FitSettings;
import dev.neurite.settings.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code fit.pca_components} in model files: written only when set, read strictly, naming the field. */
class PcaSettingsFormatTest {

    private static String golden(String name) throws IOException {
        try (InputStream in = PcaSettingsFormatTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pcaComponentsSurviveARoundTrip() {
        ModelDefinition model = Templates.get("mnist-mlp");
        ModelDefinition withPca = model.withFit(model.fit().withPcaComponents(33));
        String json = ModelFileFormat.write(withPca);
        assertTrue(json.contains("\"pca_components\" : 33"), json);
        assertEquals(withPca, ModelFileFormat.read(json, "test"));
    }

    @Test
    void noPcaIsLeftOutOfTheFileAndOldFilesReadWithout() throws IOException {
        assertFalse(ModelFileFormat.write(Templates.get("mnist-mlp")).contains("pca"));
        assertEquals(0, ModelFileFormat.read(golden("mnist-mlp-v1.json"), "golden").fit().pcaComponents());
        assertEquals(golden("mnist-mlp-v1.json"),
                ModelFileFormat.write(ModelFileFormat.read(golden("mnist-mlp-v1.json"), "golden")));
    }

    @Test
    void thePcaTemplateReadsAndWritesStablyAgainstItsGoldenFile() throws IOException {
        ModelDefinition template = Templates.get("pca-mlp");
        assertEquals(60, template.fit().pcaComponents());
        assertEquals(template, ModelFileFormat.read(golden("pca-mlp-v1.json"), "golden"));
        assertEquals(golden("pca-mlp-v1.json"), ModelFileFormat.write(template));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero        | 0      | m.json.fit.pca_components must be a positive integer; got 0.",
            "negative    | -3     | m.json.fit.pca_components must be a positive integer; got -3.",
            "fraction    | 6.5    | m.json.fit.pca_components must be an integer",
            "text        | \"60\" | m.json.fit.pca_components must be an integer",
    })
    void refusesABadCountNamingTheField(String what, String value, String message) throws IOException {
        String edited = golden("pca-mlp-v1.json").replace("\"pca_components\" : 60", "\"pca_components\" : " + value);
        ModelFormatException problem = assertThrows(ModelFormatException.class,
                () -> ModelFileFormat.read(edited, "m.json"));
        assertTrue(problem.getMessage().contains(message), what + ": " + problem.getMessage());
    }

    @Test
    void aNegativeCountInCodeNamesTheSetting() {
        SettingsException problem = assertThrows(SettingsException.class,
                () -> FitSettings.defaults().withPcaComponents(-1));
        assertEquals("pca_components", problem.setting());
    }
}
