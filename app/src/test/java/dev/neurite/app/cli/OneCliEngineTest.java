package dev.neurite.app.cli;

import dev.neurite.engine.Engine;
import dev.neurite.engine.Network;
import dev.neurite.graph.ModelGraph;
import dev.neurite.settings.CompileSettings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The command line makes its engine in one place, the root command ({@link NeuriteCommand#engine()}), and the
 * commands take it from there. Reads the package's main sources.
 */
class OneCliEngineTest {

    @Test
    void onlyTheRootCommandMakesTheEngine() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dev/neurite/app/cli"))) {
            List<String> making = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    String source = Files.readString(f);
                    return source.contains("new CpuEngine(") || source.contains("CpuEngine::new");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of("NeuriteCommand.java"), making);
        }
    }

    @Test
    void theEngineIsMadeOnceAndOnlyWhenAsked() {
        int[] made = {0};
        Engine engine = new Engine() {
            @Override
            public Network compile(ModelGraph graph, CompileSettings settings, long seed) {
                throw new UnsupportedOperationException();
            }

            @Override
            public String description() {
                return "counted";
            }
        };
        NeuriteCommand root = new NeuriteCommand(() -> {
            made[0]++;
            return engine;
        });
        assertEquals(0, made[0], "commands that compute nothing never make it");
        assertSame(engine, root.engine());
        assertSame(engine, root.engine());
        assertEquals(1, made[0]);
    }
}
