package dev.neurite.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The app makes the one engine and hands it down to the window (NeuriteApplication.launchDesktop); no view, place or
 * view-model of the ui module makes an engine of its own. Reads the module's main sources.
 */
class OneEngineTest {

    @Test
    void noUiClassMakesAnEngine() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> making = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains("new CpuEngine(");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
            assertEquals(List.of(), making);
        }
    }
}
