package dev.neurite.data.idx;

import dev.neurite.data.DataException;
import dev.neurite.data.DataSet;
import dev.neurite.data.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxReaderTest {

    @TempDir
    Path folder;

    @Test
    void rawAndGzipFilesReadTheSameRegardlessOfFileName() throws IOException {
        byte[] raw = HostileIdxFixtures.validImages();
        Path rawFile = Files.write(folder.resolve("images.gz"), raw);
        Path gzipFile = Files.write(folder.resolve("images.idx3"), IdxWriter.gzip(raw));

        IdxArray fromRaw = new IdxReader().read(rawFile);
        IdxArray fromGzip = new IdxReader().read(gzipFile);

        assertArrayEquals(new int[] {3, 4, 4}, fromRaw.dimensions());
        assertArrayEquals(fromRaw.data(), fromGzip.data());
        assertEquals(Sha256.of(raw), fromRaw.sha256());
        assertEquals(Sha256.of(Files.readAllBytes(gzipFile)), fromGzip.sha256());
    }

    @Test
    void missingFileIsADataExceptionNamingIt() {
        DataException error = assertThrows(DataException.class,
                () -> new IdxReader().read(folder.resolve("nope.idx3")));
        assertTrue(error.getMessage().contains("nope.idx3' does not exist"), error.getMessage());
    }

    @Test
    void limitIsCheckedBeforeAllocating() {
        IdxReader small = new IdxReader(new IdxLimits(4, 40));
        IdxFormatException error = assertThrows(IdxFormatException.class,
                () -> small.read(HostileIdxFixtures.validImages(), "images"));
        assertTrue(error.getMessage().contains("more than the limit of 40"), error.getMessage());
    }

    @Test
    void pairLoadsIntoALabelledDataSetWithProvenance() throws IOException {
        Path images = Files.write(folder.resolve("i.idx3"), HostileIdxFixtures.validImages());
        Path labels = Files.write(folder.resolve("l.idx1"), IdxWriter.raw(new int[] {3}, new byte[] {2, 0, 2}));

        DataSet set = new IdxDataSets().load("mine", images, labels, null, "IDX files");

        assertEquals(3, set.size());
        assertEquals(4, set.height());
        assertEquals(3, set.classCount());
        assertArrayEquals(new int[] {1, 0, 2}, set.countsPerClass());
        assertEquals(5 * 17, set.pixel(1, 0, 1));
        assertEquals(2, set.provenance().files().size());
        assertEquals(Sha256.of(Files.readAllBytes(labels)), set.provenance().files().get(1).sha256());
    }
}
