package dev.neurite.imports.keras;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The Keras-format files made by {@code src/test/resources/keras/make_fixtures.py} (h5py, no Keras). */
final class KerasFixtures {

    private KerasFixtures() {
    }

    static Path file(String name) {
        try {
            return Path.of(KerasFixtures.class.getResource("/keras/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("Missing test fixture keras/" + name, e);
        }
    }

    /** reference.json: for "mlp" and "cnn", input_shape, input and the NumPy output for the same weights. */
    static JsonNode reference(String model) {
        try {
            return new ObjectMapper().readTree(file("reference.json").toFile()).get(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
