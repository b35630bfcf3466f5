package dev.neurite.format;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one hardened zip reader, on archives made in memory. */
class ArchiveReaderTest {

    private static byte[] zip(String... nameThenText) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameThenText.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameThenText[i]));
                zip.write(nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static ArchiveReader reader(byte[] archive, int maxEntries, long maxTotal) {
        return new ArchiveReader(new ByteArrayInputStream(archive), "test.zip", maxEntries, maxTotal);
    }

    private static String refusal(byte[] archive, int maxEntries, long maxTotal, long entryLimit) {
        return assertThrows(ModelFormatException.class, () -> {
            try (ArchiveReader reader = reader(archive, maxEntries, maxTotal)) {
                while (reader.next() != null) {
                    reader.read(entryLimit);
                }
            }
        }).getMessage();
    }

    @Test
    void entriesAreReadInOrderWithTheirBytes() throws IOException {
        List<String> names = new ArrayList<>();
        try (ArchiveReader reader = reader(zip("a/one.txt", "1", "two.txt", "22"), 10, 100)) {
            for (String name = reader.next(); name != null; name = reader.next()) {
                names.add(name);
                assertArrayEquals(name.equals("two.txt") ? "22".getBytes(StandardCharsets.UTF_8)
                        : "1".getBytes(StandardCharsets.UTF_8), reader.read(10));
            }
            assertEquals(2, reader.entries());
        }
        assertEquals(List.of("a/one.txt", "two.txt"), names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "a/../../evil", "/etc/passwd", "C:evil", "a\\b", "./x", "a//b/."})
    void unsafeNamesAreRefusedBeforeAnythingIsRead(String name) throws IOException {
        String message = refusal(zip(name, "x"), 10, 100, 10);
        assertTrue(message.contains("unsafe path") && message.contains(name), message);
    }

    @Test
    void anEntryNamedTwiceIsRefused() throws IOException {
        byte[] archive = zip("dup1", "1", "dup2", "2"); // Java's writer refuses twins: rename the second in place
        String bytes = new String(archive, StandardCharsets.ISO_8859_1).replace("dup2", "dup1");
        String message = refusal(bytes.getBytes(StandardCharsets.ISO_8859_1), 10, 100, 10);
        assertTrue(message.contains("'dup1' twice"), message);
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        assertTrue(refusal(zip("a", "", "b", "", "c", ""), 2, 100, 10).contains("more than 2 entries"));
    }

    @Test
    void anEntryOverItsLimitIsRefusedAsItInflates() throws IOException {
        String message = refusal(zip("big", "x".repeat(1000)), 10, 1_000_000, 100);
        assertTrue(message.contains("'big' is larger than 100 bytes"), message);
    }

    @Test
    void entriesOverTheArchiveTotalAreRefused() throws IOException {
        String message = refusal(zip("a", "x".repeat(60), "b", "x".repeat(60)), 10, 100, 100);
        assertTrue(message.contains("unpacks to more than 100 bytes"), message);
    }

    @Test
    void anArchiveCutShortIsRefused() throws IOException {
        byte[] whole = zip("a", "x".repeat(5000));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 3);
        String message = refusal(cut, 10, 100_000, 100_000);
        assertTrue(message.contains("cut short"), message);
    }

    @Test
    void aNameThatIsNotUtf8IsRefused() throws IOException {
        byte[] archive = zip("caf\u00e9", "x");
        // rewrite the name's two UTF-8 bytes (c3 a9) as Latin-1 (e9 and a space), in the local and central headers
        for (int i = 0; i + 1 < archive.length; i++) {
            if ((archive[i] & 0xff) == 0xc3 && (archive[i + 1] & 0xff) == 0xa9) {
                archive[i] = (byte) 0xe9;
                archive[i + 1] = (byte) 'x';
            }
        }
        assertTrue(refusal(archive, 10, 100, 10).contains("not UTF-8"));
    }
}
