package dev.neurite.data.idx;

import dev.neurite.data.digits.BundledDigits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxHostileFixturesTest {

    private static final String FOLDER = "/neurite/data/idx/hostile/";

    private final IdxReader reader = new IdxReader();

    @TempDir
    Path temporary;

    @Test
    void committedFixturesAreWhatTheGeneratorMakes() throws IOException {
        for (Map.Entry<String, byte[]> fixture : HostileIdxFixtures.all().entrySet()) {
            try (InputStream in = getClass().getResourceAsStream(FOLDER + fixture.getKey())) {
                assertNotNull(in, "missing fixture " + fixture.getKey() + "; run HostileIdxFixtures");
                assertArrayEquals(fixture.getValue(), in.readAllBytes(), fixture.getKey() + " is out of date");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty.idx3                  | only 0 bytes long",
            "bad-magic.idx3              | is not an IDX file: it must start with two zero bytes",
            "float-type.idx3             | holds 32-bit float elements (type 0x0D)",
            "rank-zero.idx3              | declares 0 dimensions",
            "rank-nine.idx3              | declares 9 dimensions; Neurite reads 1 to 4",
            "zero-dimension.idx3         | declares dimension 2 as 0",
            "negative-dimension.idx3     | declares dimension 2 as 4294967292",
            "overflowing-dimensions.idx3 | more than the limit",
            "huge-declared.idx3          | more than the limit",
            "truncated-header.idx3       | ends inside its header",
            "truncated-data.idx3         | the file is truncated",
            "extra-bytes.idx3            | the file is followed by unexpected bytes",
            "truncated.idx3.gz           | is not a valid gzip file",
            "bad-checksum.idx3.gz        | is not a valid gzip file",
            "gzip-extra-bytes.idx3.gz    | has more bytes after the 48 data bytes",
    })
    void hostileFileIsRefusedWithAMessageNamingTheProblem(String file, String expected) {
        IdxFormatException error = assertThrows(IdxFormatException.class, () -> reader.read(fixture(file)));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
        assertTrue(error.getMessage().contains(file), "message names the file: " + error.getMessage());
    }

    @Test
    void labelOutsideTheClassesIsRefused() throws IOException {
        Path images = writeValidImages();
        IdxFormatException error = assertThrows(IdxFormatException.class, () -> new IdxDataSets().load("t", images,
                fixture("labels-out-of-range.idx1"), BundledDigits.CLASS_NAMES, "test"));
        assertTrue(error.getMessage().contains("Label 10 of item 1"), error.getMessage());
        assertTrue(error.getMessage().contains("outside the 10 classes (0 to 9)"), error.getMessage());
    }

    @Test
    void countsThatDisagreeAreRefused() throws IOException {
        Path images = writeValidImages();
        IdxFormatException error = assertThrows(IdxFormatException.class,
                () -> new IdxDataSets().load("t", images, fixture("labels-two.idx1"), null, "test"));
        assertTrue(error.getMessage().contains("holds 3 images but labels file"), error.getMessage());
    }

    @Test
    void swappedFilesAreNamedAsSuch() throws IOException {
        Path images = writeValidImages();
        IdxFormatException error = assertThrows(IdxFormatException.class,
                () -> new IdxDataSets().load("t", fixture("labels-three.idx1"), images, null, "test"));
        assertTrue(error.getMessage().contains("are the two files swapped?"), error.getMessage());
    }

    private Path writeValidImages() throws IOException {
        Path file = temporary.resolve("valid.idx3");
        Files.write(file, HostileIdxFixtures.validImages());
        return file;
    }

    private Path fixture(String name) {
        try {
            return Path.of(getClass().getResource(FOLDER + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
