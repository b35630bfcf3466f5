package dev.neurite.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedNativesTest {

    private static Path pack(Path archive, Map<String, String> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(archive);
             XZOutputStream xz = new XZOutputStream(file, new LZMA2Options());
             ZipOutputStream zip = new ZipOutputStream(xz)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return archive;
    }

    @Test
    void unpacksEveryFileAndReportsTheWholeArchiveRead(@TempDir Path dir) throws IOException {
        Path archive = pack(dir.resolve("nd4j-native-1-linux-x86_64.zip.xz"),
                Map.of("libnd4jcpu.so", "x".repeat(100_000), "libgomp.so.1", "gomp"));
        PackedNatives natives = new PackedNatives(archive, dir.resolve("cache").resolve("nd4j-native-1-linux-x86_64"));
        List<Long> progress = new ArrayList<>();

        natives.unpack(progress::add);

        assertTrue(natives.isUnpacked());
        assertEquals("x".repeat(100_000), Files.readString(natives.folder().resolve("libnd4jcpu.so")));
        assertEquals("gomp", Files.readString(natives.folder().resolve("libgomp.so.1")));
        assertEquals(natives.archiveBytes(), progress.get(progress.size() - 1));
    }

    @Test
    void leavesNoPartialFolderWhenTheArchiveIsBroken(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("broken.zip.xz");
        Files.write(archive, new byte[] {1, 2, 3, 4});
        Path cache = dir.resolve("cache");
        PackedNatives natives = new PackedNatives(archive, cache.resolve("broken"));

        assertThrows(IOException.class, () -> natives.unpack(bytes -> { }));

        assertFalse(natives.isUnpacked());
        try (var left = Files.list(cache)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void refusesEntriesOutsideItsFolder(@TempDir Path dir) throws IOException {
        Path archive = pack(dir.resolve("evil.zip.xz"), Map.of("../escaped.so", "x"));
        PackedNatives natives = new PackedNatives(archive, dir.resolve("cache").resolve("evil"));

        assertThrows(IOException.class, () -> natives.unpack(bytes -> { }));

        assertFalse(Files.exists(dir.resolve("cache").resolve("escaped.so")));
        assertFalse(natives.isUnpacked());
    }

    @Test
    void doesNothingWhenAlreadyUnpacked(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("done"));
        PackedNatives natives = new PackedNatives(dir.resolve("missing.zip.xz"), folder);

        natives.unpack(bytes -> { });

        assertTrue(natives.isUnpacked());
    }
}
