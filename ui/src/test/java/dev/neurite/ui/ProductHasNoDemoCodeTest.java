package dev.neurite.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shipped ui module holds no demo or measurement code: demos, screenshot scenarios and measurements live in the
 * bench module (issue 12). Reads the module's main sources.
 */
class ProductHasNoDemoCodeTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void noDemoOrMeasurementSwitchIsReadByProductCode() throws IOException {
        assertEquals(List.of(), filesContaining("\"neurite.demo", "\"neurite.measure", "\"neurite.screenshot",
                "\"neurite.timing"));
    }

    @Test
    void noDemoOrMeasurementClassIsInTheProduct() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> names = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.contains("Demo") || n.contains("Measurement") || n.equals("SceneSnapshot.java"))
                    .toList();
            assertEquals(List.of(), names);
        }
    }

    private static List<String> filesContaining(String... needles) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String text = Files.readString(f);
                    return Stream.of(needles).anyMatch(text::contains);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
    }
}
