package dev.neurite.data.download;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CacheDirectoryTest {

    @Test
    void linuxUsesXdgCacheHome() {
        assertEquals(Path.of("/xdg/neurite"),
                CacheDirectory.resolve("Linux", Map.of("XDG_CACHE_HOME", "/xdg"), "/home/a"));
    }

    @Test
    void linuxWithoutXdgUsesDotCache() {
        assertEquals(Path.of("/home/a/.cache/neurite"), CacheDirectory.resolve("Linux", Map.of(), "/home/a"));
    }

    @Test
    void relativeXdgCacheHomeIsIgnoredAsTheSpecificationSays() {
        assertEquals(Path.of("/home/a/.cache/neurite"),
                CacheDirectory.resolve("Linux", Map.of("XDG_CACHE_HOME", "rel"), "/home/a"));
    }

    @Test
    void windowsUsesLocalAppData() {
        assertEquals(Path.of("C:/Users/a/AppData/Local", "Neurite"),
                CacheDirectory.resolve("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/a/AppData/Local"), "C:/Users/a"));
    }

    @Test
    void macUsesLibraryCaches() {
        assertEquals(Path.of("/Users/a/Library/Caches/Neurite"),
                CacheDirectory.resolve("Mac OS X", Map.of(), "/Users/a"));
    }
}
